"""Reading the knowledge-graph YAML files into typed records, collecting every schema error with file and field.

The schema is documented in `content/data/knowledge/README.md`. Errors are collected, not raised one
by one, so `python -m content validate` can list them all in one run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parent / "data" / "knowledge"
METHODS_FILE = "methods.yaml"
POINT_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
METHOD_ID = re.compile(r"^[a-z][a-z0-9_]*$")
COURSES = ("required", "selective_required")
THEMES = ("预备知识", "函数", "几何与代数", "概率与统计")
# Module ids in the order of the standard (the same ids as the problem bank's `content.bank.MODULES`).
CURRICULUM_ORDER = (
    "sets",
    "logic",
    "inequalities",
    "quadratics",
    "functions",
    "exp_log",
    "trigonometry",
    "function_applications",
    "plane_vectors",
    "complex_numbers",
    "solid_geometry",
    "probability_statistics",
    "sequences",
    "derivatives",
    "space_vectors",
    "lines_circles",
    "conics",
    "counting",
    "probability",
    "statistics",
)

_MODULE_FIELDS = {"module", "name_zh", "name_en", "course", "theme", "units", "points"}
_POINT_REQUIRED = {
    "id",
    "name_zh",
    "name_en",
    "unit",
    "description_zh",
    "formulas",
    "prerequisites",
    "methods",
}
_POINT_OPTIONAL = {"description_en", "identities"}
_METHOD_FIELDS = {"id", "name_zh", "name_en", "description_zh"}


@dataclass(frozen=True)
class Identity:
    """A claim SymPy must prove (plain-text syntax), with the assumptions it needs."""

    claim: str
    given: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgePoint:
    """One curriculum knowledge point (知识点)."""

    id: str
    name_zh: str
    name_en: str
    module: str
    unit: str
    description_zh: str
    formulas: tuple[str, ...]
    prerequisites: tuple[str, ...]
    methods: tuple[str, ...]
    identities: tuple[Identity, ...] = ()
    description_en: str = ""
    file: str = ""

    @property
    def name(self) -> str:
        """Bilingual display name, Chinese first."""
        return f"{self.name_zh} / {self.name_en}"


@dataclass(frozen=True)
class ThinkingMethod:
    """A mathematical thinking method (数学思想方法) such as 数形结合."""

    id: str
    name_zh: str
    name_en: str
    description_zh: str

    @property
    def name(self) -> str:
        return f"{self.name_zh} / {self.name_en}"


@dataclass(frozen=True)
class Module:
    """A curriculum module (one YAML file) and its units."""

    id: str
    name_zh: str
    name_en: str
    course: str
    theme: str
    units: tuple[tuple[str, str, str], ...]  # (unit id, zh, en), in file order
    file: str = ""

    def unit_name(self, unit: str) -> str:
        """Bilingual name of one of this module's units."""
        for uid, zh, en in self.units:
            if uid == unit:
                return f"{zh} / {en}"
        raise KeyError(unit)


@dataclass
class ParsedFiles:
    """Everything read from a knowledge folder, plus the schema errors met on the way."""

    modules: list[Module]
    points: list[KnowledgePoint]
    methods: list[ThinkingMethod]
    errors: list[str]


def read_folder(folder: Path = KNOWLEDGE_DIR) -> ParsedFiles:
    """Read every `*.yaml` in `folder` (methods from `methods.yaml`, modules from the rest)."""
    out = ParsedFiles([], [], [], [])
    if not folder.is_dir():
        out.errors.append(f"{folder}: no such knowledge folder")
        return out
    for path in sorted(folder.glob("*.yaml")):
        doc = _load_yaml(path, out.errors)
        if doc is None:
            continue
        if path.name == METHODS_FILE:
            out.methods.extend(_read_methods(path.name, doc, out.errors))
        else:
            module, points = _read_module(path, doc, out.errors)
            if module:
                out.modules.append(module)
            out.points.extend(points)
    return out


def _load_yaml(path: Path, errors: list[str]) -> dict | None:
    try:
        # libyaml's safe loader where built in: the same documents, about 9× less CPU than the pure-Python one
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        errors.append(f"{path.name}: not valid YAML: {exc}")
        return None
    if not isinstance(doc, dict):
        errors.append(f"{path.name}: top level must be a mapping")
        return None
    return doc


def _text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(_text(v) for v in value)


def _read_methods(name: str, doc: dict, errors: list[str]) -> list[ThinkingMethod]:
    items = doc.get("methods")
    if not isinstance(items, list):
        errors.append(f"{name}: methods: must be a list")
        return []
    methods = []
    for i, item in enumerate(items):
        where = f"{name}: methods[{i}]"
        if not isinstance(item, dict):
            errors.append(f"{where}: must be a mapping")
            continue
        where += f" (id={item.get('id')})"
        bad = [f for f in _METHOD_FIELDS if not _text(item.get(f))]
        extra = sorted(set(item) - _METHOD_FIELDS)
        if bad or extra:
            errors.extend(
                [f"{where}: {f}: missing or empty" for f in sorted(bad)]
                + [f"{where}: {f}: unknown field" for f in extra]
            )
            continue
        if not METHOD_ID.match(item["id"]):
            errors.append(f"{where}: id: must match {METHOD_ID.pattern}")
            continue
        methods.append(ThinkingMethod(**{f: item[f].strip() for f in _METHOD_FIELDS}))
    return methods


def _read_module(path: Path, doc: dict, errors: list[str]) -> tuple[Module | None, list[KnowledgePoint]]:
    name = path.name
    for field in sorted(set(doc) - _MODULE_FIELDS):
        errors.append(f"{name}: {field}: unknown top-level field")
    problems = [f for f in ("module", "name_zh", "name_en", "course", "theme") if not _text(doc.get(f))]
    errors.extend(f"{name}: {f}: missing or empty" for f in problems)
    if doc.get("module") and doc["module"] != path.stem:
        errors.append(f"{name}: module: {doc['module']!r} must equal the file name {path.stem!r}")
    if doc.get("course") not in COURSES:
        errors.append(f"{name}: course: must be one of {', '.join(COURSES)}")
    if doc.get("theme") not in THEMES:
        errors.append(f"{name}: theme: must be one of {', '.join(THEMES)}")
    units = doc.get("units")
    unit_rows: list[tuple[str, str, str]] = []
    if not isinstance(units, dict) or not units:
        errors.append(f"{name}: units: must be a non-empty mapping of unit id to {{zh, en}}")
    else:
        for uid, names in units.items():
            if not (isinstance(names, dict) and _text(names.get("zh")) and _text(names.get("en"))):
                errors.append(f"{name}: units.{uid}: needs zh and en names")
                continue
            unit_rows.append((str(uid), names["zh"], names["en"]))
    if problems or not isinstance(doc.get("points"), list):
        if not isinstance(doc.get("points"), list):
            errors.append(f"{name}: points: must be a list")
        return None, []
    module = Module(
        doc["module"], doc["name_zh"], doc["name_en"], doc["course"], doc["theme"], tuple(unit_rows), name
    )
    unit_ids = {u[0] for u in unit_rows}
    points = [
        p
        for i, item in enumerate(doc["points"])
        if (p := _read_point(name, i, item, module.id, unit_ids, errors))
    ]
    return module, points


def _read_point(
    name: str, i: int, item: Any, module: str, units: set[str], errors: list[str]
) -> KnowledgePoint | None:
    where = f"{name}: points[{i}]"
    if not isinstance(item, dict):
        errors.append(f"{where}: must be a mapping")
        return None
    where += f" (id={item.get('id')})"
    before = len(errors)
    for field in sorted(set(item) - _POINT_REQUIRED - _POINT_OPTIONAL):
        errors.append(f"{where}: {field}: unknown field")
    for field in ("id", "name_zh", "name_en", "unit", "description_zh"):
        if not _text(item.get(field)):
            errors.append(f"{where}: {field}: missing or empty")
    for field in ("formulas", "prerequisites", "methods"):
        if not (item.get(field) == [] or _str_list(item.get(field))):
            errors.append(f"{where}: {field}: must be a list of strings")
    if _text(item.get("id")) and not POINT_ID.match(item["id"]):
        errors.append(f"{where}: id: must match {POINT_ID.pattern}")
    if _text(item.get("unit")) and item["unit"] not in units:
        errors.append(f"{where}: unit: {item['unit']!r} is not one of this file's units")
    if item.get("description_en") is not None and not _text(item.get("description_en")):
        errors.append(f"{where}: description_en: must be text when present")
    identities = _read_identities(where, item.get("identities"), errors)
    if len(errors) > before:
        return None
    return KnowledgePoint(
        id=item["id"],
        name_zh=item["name_zh"],
        name_en=item["name_en"],
        module=module,
        unit=item["unit"],
        description_zh=item["description_zh"].strip(),
        formulas=tuple(item["formulas"]),
        prerequisites=tuple(item["prerequisites"]),
        methods=tuple(item["methods"]),
        identities=identities,
        description_en=(item.get("description_en") or "").strip(),
        file=name,
    )


def _read_identities(where: str, raw: Any, errors: list[str]) -> tuple[Identity, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        errors.append(f"{where}: identities: must be a list")
        return ()
    out = []
    for j, entry in enumerate(raw):
        if _text(entry):
            out.append(Identity(entry.strip()))
        elif (
            isinstance(entry, dict)
            and _text(entry.get("claim"))
            and set(entry) <= {"claim", "given"}
            and (entry.get("given") is None or _str_list(entry["given"]))
        ):
            out.append(Identity(entry["claim"].strip(), tuple(entry.get("given") or ())))
        else:
            errors.append(f"{where}: identities[{j}]: must be a claim string or {{claim, given: [..]}}")
    return tuple(out)

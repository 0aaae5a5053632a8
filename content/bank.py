"""The problem bank: typed models, the YAML loader and writer for `content/data/problems/*.yaml`.

Each YAML file holds one curriculum module; the format is documented in
`content/data/problems/README.md`. Models are frozen pydantic models so a typo in a field name
or a missing field fails loudly, and every loader error names the file and the field::

    sequences.yaml: problems[3] (id=seq-004) → methods[0] → steps[1] → claim: Input should be a valid string
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

PROBLEMS_DIR = Path(__file__).resolve().parent / "data" / "problems"

# Module ids of the bank, in curriculum order: the required course (必修) then the
# selective-required course (选择性必修). One YAML file per module, named `<id>.yaml`.
MODULES: dict[str, str] = {
    "sets": "集合 / Sets",
    "logic": "常用逻辑用语 / Logical terms",
    "inequalities": "相等关系与不等关系 / Equalities and inequalities",
    "quadratics": "二次函数与一元二次方程、不等式 / Quadratic functions, equations, inequalities",
    "functions": "函数的概念与性质 / Functions: concept and properties",
    "exp_log": "幂函数、指数函数、对数函数 / Power, exponential and logarithmic functions",
    "trigonometry": "三角函数 / Trigonometric functions",
    "function_applications": "函数的应用 / Applications of functions",
    "plane_vectors": "平面向量及其应用 / Plane vectors and applications",
    "complex_numbers": "复数 / Complex numbers",
    "solid_geometry": "立体几何初步 / Introductory solid geometry",
    "probability_statistics": "概率与统计（必修）/ Probability and statistics (required)",
    "sequences": "数列 / Sequences",
    "derivatives": "一元函数的导数及其应用 / Derivatives and applications",
    "space_vectors": "空间向量与立体几何 / Space vectors and solid geometry",
    "lines_circles": "直线与圆 / Lines and circles",
    "conics": "圆锥曲线 / Conic sections",
    "counting": "计数原理 / Counting principles",
    "probability": "概率（选择性必修）/ Probability (selective)",
    "statistics": "统计（选择性必修）/ Statistics (selective)",
}

# Where a step's text came from, kept through saving and reopening a case: the symbolic specialist, a model,
# a model's repair, written by a teacher, or a generated step a teacher then changed.
StepSource = Literal["symbolic", "model", "repaired", "teacher", "teacher_edited"]
AnswerKind = Literal["number", "expression", "set", "interval", "equation", "inequality", "choice", "tuple"]


class BankError(ValueError):
    """A problem file that does not match the schema; the message names the file and the field."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON/YAML-able dict; optional empty fields are left out."""
        return _prune(self.model_dump(mode="json"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Validate a dict (as `to_dict` writes it) into this model."""
        return cls.model_validate(data)


class Step(_Frozen):
    """One link of a question chain: a guiding question and the answer it expects."""

    question_zh: str = Field(min_length=1)
    question_en: str = ""
    answer: str = Field(min_length=1, description="the expected answer, LaTeX allowed in $…$")
    claim: str | None = Field(None, description="machine-checkable math the answer establishes")
    context: tuple[str, ...] | None = Field(None, description="givens the claim relies on")
    knowledge_points: tuple[str, ...] = Field(min_length=1)
    source: StepSource | None = Field(None, description="where the step came from (cases; bank steps leave it out)")

    @field_validator("context", mode="before")
    @classmethod
    def _context_as_tuple(cls, value: Any) -> Any:
        # YAML authors write one given as a plain string; several as a list.
        return (value,) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _context_needs_claim(self) -> Step:
        if self.context and not self.claim:
            raise ValueError("context is given but claim is empty")
        return self


class Method(_Frozen):
    """One way to solve the problem (一题多解: each method is its own chain)."""

    name_zh: str = Field(min_length=1)
    name_en: str = ""
    thinking_methods: tuple[str, ...] = Field(
        (), description="ids of 数学思想方法 nodes (content/data/knowledge/methods.yaml)"
    )
    steps: tuple[Step, ...] = Field(min_length=1)


class Problem(_Frozen):
    """A bank problem with its reference question chains and final answer."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*-\d{3}$")
    module: str
    difficulty: int = Field(ge=1, le=5)
    question_zh: str = Field(min_length=1)
    question_en: str = ""
    final_answer: str = Field(min_length=1)
    answer_kind: AnswerKind
    answer_alternatives: tuple[str, ...] = Field(
        (), description="the same answer written differently; each must grade correct"
    )
    knowledge_points: tuple[str, ...] = Field(min_length=1)
    methods: tuple[Method, ...] = Field(min_length=1)

    @field_validator("module")
    @classmethod
    def _known_module(cls, value: str) -> str:
        if value not in MODULES:
            raise ValueError(f"unknown module {value!r}; expected one of {', '.join(MODULES)}")
        return value

    @model_validator(mode="after")
    def _methods_distinct(self) -> Problem:
        names = [m.name_zh for m in self.methods]
        if len(set(names)) != len(names):
            raise ValueError(f"two methods share a name: {names}")
        return self

    @property
    def step_knowledge_points(self) -> tuple[str, ...]:
        """Every knowledge-point id used by any step, in first-use order."""
        seen: dict[str, None] = {}
        for method in self.methods:
            for step in method.steps:
                seen.update(dict.fromkeys(step.knowledge_points))
        return tuple(seen)


def problem_schema() -> dict[str, Any]:
    """The JSON Schema of one bank problem (for editors, validators and other tools)."""
    return Problem.model_json_schema()


def _prune(value: Any) -> Any:
    """Drop None and empty optional fields so dumped files stay short and readable."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != [] and v != ""}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def _where(loc: Sequence[int | str], raw: list[Any]) -> str:
    """Render a pydantic error location as `problems[3] (id=seq-004) → methods[0] → claim`."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int) and parts:
            parts[-1] += f"[{item}]"
        else:
            parts.append(str(item))
    if len(loc) >= 1 and isinstance(loc[0], int) and loc[0] < len(raw):
        pid = raw[loc[0]].get("id") if isinstance(raw[loc[0]], dict) else None
        head = f"problems[{loc[0]}]" + (f" (id={pid})" if pid else "")
        parts = [head] + parts[1:]
    return " → ".join(parts)


def _load_file(path: Path) -> list[Problem]:
    """Parse and validate one module file, raising BankError that names the file and field."""
    try:
        # libyaml's safe loader where built in: the same documents, about 9× less CPU than the pure-Python one
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise BankError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("problems"), list):
        raise BankError(f"{path.name}: top level must be a mapping with a 'problems' list")
    unknown = set(doc) - {"module", "problems"}
    if unknown:
        raise BankError(f"{path.name}: unknown top-level field(s) {sorted(unknown)}")
    raw: list[Any] = doc["problems"]
    problems: list[Problem] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise BankError(f"{path.name}: problems[{index}] must be a mapping")
        data = {"module": doc.get("module"), **item} if "module" in doc else item
        try:
            problems.append(Problem.model_validate(data))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = _where([index, *err["loc"]], raw)
            more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
            raise BankError(f"{path.name}: {where}: {err['msg']}{more}") from exc
    return problems


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.yaml"))
    if path.is_file():
        return [path]
    raise BankError(f"{path}: no such problem file or folder")


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path) -> tuple[Problem, ...]:
    problems: list[Problem] = []
    first_file: dict[str, str] = {}
    for file in _files(path):
        for problem in _load_file(file):
            if problem.id in first_file:
                raise BankError(f"{file.name}: id: {problem.id} already used in {first_file[problem.id]}")
            first_file[problem.id] = file.name
            problems.append(problem)
    return tuple(problems)


def load_problems(path: str | Path | None = None) -> list[Problem]:
    """Load every problem from a folder of module files (default: the shipped bank) or one file.

    Results are cached per resolved path; call `load_problems.cache_clear()` after editing files.
    """
    return list(_load_cached(Path(path or PROBLEMS_DIR).resolve()))


load_problems.cache_clear = _load_cached.cache_clear  # type: ignore[attr-defined]


def get_problem(problem_id: str, path: str | Path | None = None) -> Problem:
    """Return the bank problem with this id; KeyError names the id when there is none."""
    for problem in load_problems(path):
        if problem.id == problem_id:
            return problem
    raise KeyError(f"no bank problem with id {problem_id!r}")


class _Dumper(yaml.SafeDumper):
    """Writes multi-line strings as `|` blocks so exported files stay human-editable."""


def _str_presenter(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _list_presenter(dumper: yaml.SafeDumper, items: list) -> yaml.SequenceNode:
    # Short lists of ids (`knowledge_points: [quad.equation, quad.vieta]`) stay on one line.
    short = all(isinstance(i, str) and "\n" not in i for i in items) and sum(map(len, items)) < 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=short)


_Dumper.add_representer(str, _str_presenter)
_Dumper.add_representer(list, _list_presenter)


def dump_problems(problems: Iterable[Problem], path: str | Path) -> Path:
    """Write problems to one YAML file in the bank's format (the case library exports with this).

    When all problems share a module it is written once at the top, as the shipped files do.
    """
    items = [p.to_dict() for p in problems]
    modules = {item["module"] for item in items}
    doc: dict[str, Any] = {}
    if len(modules) == 1:
        doc["module"] = modules.pop()
        for item in items:
            del item["module"]
    doc["problems"] = items
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096)
    out.write_text(text, encoding="utf-8")
    return out

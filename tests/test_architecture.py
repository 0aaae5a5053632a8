"""The package rules of DESIGN.md, read from the source: no import cycles, nothing imports `app`, each package
imports only what its row of the table allows, and the math layer is a leaf.

Every import counts, the lazy ones inside functions too: a cycle hidden in a function is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("model", "tutor_graph", "content", "evaluation", "app")
MATH_LAYER = "tutor_graph.checks"


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of our packages."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _ours(name: str) -> str | None:
    """The module of ours that `name` (a module or a name in one) resolves to, or None."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """The modules of ours that `module` imports anywhere in its file."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(filter(None, (_ours(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against this module's package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:  # `from pkg import module` imports that module
                target = _ours(f"{base}.{alias.name}") if f"{base}.{alias.name}" in MODULES else _ours(base)
                if target:
                    found.add(target)
    found.discard(module)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted.

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}})
    [['a', 'b']]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_walk_sees_the_imports():
    """Guards against passing trivially: known edges, lazy and relative ones included, are found."""
    assert len(MODULES) > 200
    assert "tutor_graph.checks.calls" in GRAPH["tutor_graph.checks"]
    assert "tutor_graph.nodes.symbolic" in GRAPH["tutor_graph.nodes.finishing"]
    assert "content.retrieval" in GRAPH["tutor_graph.nodes.deps"]  # imported inside a function
    assert "content.case_results" in GRAPH["app.library"]  # inside a `with needs(...)` block


def test_no_import_cycles():
    assert cycles(GRAPH) == []


def test_a_cycle_is_found():
    graph = {module: set(targets) for module, targets in GRAPH.items()}
    graph["tutor_graph.checks.tasks"].add("tutor_graph.checks.calls")  # calls imports tasks already
    assert any({"tutor_graph.checks.calls", "tutor_graph.checks.tasks"} <= set(group) for group in cycles(graph))


# What each package may import of ours, besides itself (DESIGN.md, "Packages").
ALLOWED = {
    "model": (),
    "content": (MATH_LAYER,),
    "tutor_graph": ("model", "content"),
    "evaluation": ("tutor_graph", "model", "content"),
    "app": ("tutor_graph", "evaluation", "content", "model"),
}


def _allowed(module: str, target: str) -> bool:
    if module.startswith(MATH_LAYER + ".") or module == MATH_LAYER:
        return target == MATH_LAYER or target.startswith(MATH_LAYER + ".")
    package = module.split(".")[0]
    if target.split(".")[0] == package:
        return True
    return any(target == allowed or target.startswith(allowed + ".") for allowed in ALLOWED[package])


@pytest.mark.parametrize("package", PACKAGES)
def test_each_package_imports_only_what_its_row_allows(package):
    wrong = [(module, target) for module, targets in GRAPH.items() if module.split(".")[0] == package
             for target in sorted(targets) if not _allowed(module, target)]
    assert wrong == []


def test_nothing_imports_app():
    assert [(m, t) for m, ts in GRAPH.items() if not m.startswith("app") for t in ts if t.startswith("app")] == []


def test_the_app_reaches_the_packages_through_imports_not_strings():
    """A module name in a string (`importlib.import_module("tutor_graph…")`) hides a dependency from this test
    and from the type checker."""
    found = []
    for module, path in MODULES.items():
        if not module.startswith("app"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
                    and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"):
                found.append((module, ast.unparse(node)))
    assert found == []

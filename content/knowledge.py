"""The curriculum knowledge graph: knowledge points, thinking methods, modules, and queries over prerequisites.

Edges run from a prerequisite to the point that builds on it. Load the shipped graph with
`load_graph()` (cached); the files are described in `content/data/knowledge/README.md`.

>>> g = load_graph()
>>> "seq.arith.def" in [p.id for p in g.prerequisites("seq.arith.sum")]
True
>>> g.path("seq.arith.def", "seq.arith.sum")
['seq.arith.def', 'seq.arith.sum']
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

import graphviz

from content.knowledge_files import (
    CURRICULUM_ORDER,
    KNOWLEDGE_DIR,
    Identity,
    KnowledgePoint,
    Module,
    ThinkingMethod,
    read_folder,
)

__all__ = [
    "Identity",
    "KnowledgeError",
    "KnowledgeGraph",
    "KnowledgePoint",
    "Module",
    "ThinkingMethod",
    "load_graph",
    "read_graph",
]


class KnowledgeError(ValueError):
    """The knowledge files do not form a valid graph; `errors` lists each problem with file and field."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")


class KnowledgeGraph:
    """Knowledge points, thinking methods and modules, with prerequisite queries.

    Construct with `read_graph` / `load_graph`; a graph built directly is checked by `validate()`.
    """

    def __init__(
        self, points: Iterable[KnowledgePoint], methods: Iterable[ThinkingMethod], modules: Iterable[Module]
    ):
        self.points: dict[str, KnowledgePoint] = {}
        self.methods: dict[str, ThinkingMethod] = {m.id: m for m in methods}
        self._modules: dict[str, Module] = {m.id: m for m in modules}
        self._duplicates: list[str] = []
        for point in points:
            if point.id in self.points:
                self._duplicates.append(
                    f"{point.file}: id: {point.id} already defined in {self.points[point.id].file}"
                )
            else:
                self.points[point.id] = point
        self._dependents: dict[str, list[str]] = {pid: [] for pid in self.points}
        for point in self.points.values():
            for pre in point.prerequisites:
                if pre in self._dependents:
                    self._dependents[pre].append(point.id)

    def __contains__(self, point_id: object) -> bool:
        return point_id in self.points

    def __len__(self) -> int:
        return len(self.points)

    def __getitem__(self, point_id: str) -> KnowledgePoint:
        try:
            return self.points[point_id]
        except KeyError:
            raise KeyError(f"no knowledge point {point_id!r}") from None

    def _require(self, *point_ids: str) -> None:
        for point_id in point_ids:
            self[point_id]  # raises KeyError naming the unknown id

    def validate(self) -> list[str]:
        """Every dangling reference, duplicate id and prerequisite cycle, each naming its file and field."""
        errors = list(self._duplicates)
        for p in self.points.values():
            where = f"{p.file}: points (id={p.id})"
            errors += [
                f"{where}: prerequisites: {q!r} does not exist"
                for q in p.prerequisites
                if q not in self.points
            ]
            errors += [
                f"{where}: methods: {m!r} is not in methods.yaml" for m in p.methods if m not in self.methods
            ]
            if p.module not in self._modules:
                errors.append(f"{where}: module: {p.module!r} is not a known module")
        for cycle in self._cycles():
            first = self.points[cycle[0]]
            errors.append(f"{first.file}: points (id={first.id}): prerequisites: cycle {' -> '.join(cycle)}")
        return errors

    def _cycles(self) -> list[list[str]]:
        """One representative cycle per strongly tangled region (depth-first search, colours)."""
        colour: dict[str, int] = dict.fromkeys(self.points, 0)  # 0 new, 1 on stack, 2 done
        cycles: list[list[str]] = []
        for root in self.points:
            if colour[root]:
                continue
            stack: list[tuple[str, Iterator[str]]] = [(root, iter(self._dependents[root]))]
            trail = [root]
            colour[root] = 1
            while stack:
                node, children = stack[-1]
                child = next(children, None)
                if child is None:
                    colour[node] = 2
                    stack.pop()
                    trail.pop()
                elif colour[child] == 1:
                    cycles.append(trail[trail.index(child) :] + [child])
                elif colour[child] == 0:
                    colour[child] = 1
                    stack.append((child, iter(self._dependents[child])))
                    trail.append(child)
        return cycles

    def prerequisites(self, point_id: str, transitive: bool = True) -> list[KnowledgePoint]:
        """What must be learnt before `point_id`: direct ones, or all of them (nearest first)."""
        self._require(point_id)
        if not transitive:
            return [self.points[q] for q in self.points[point_id].prerequisites if q in self.points]
        return [self.points[q] for q in self._walk(point_id, lambda n: self.points[n].prerequisites)]

    def dependents(self, point_id: str, transitive: bool = False) -> list[KnowledgePoint]:
        """What builds on `point_id`: direct dependents, or everything downstream (nearest first)."""
        self._require(point_id)
        if not transitive:
            return [self.points[d] for d in self._dependents[point_id]]
        return [self.points[d] for d in self._walk(point_id, lambda n: self._dependents[n])]

    def _walk(self, start: str, neighbours) -> list[str]:
        seen, order, queue = {start}, [], deque([start])
        while queue:
            for nxt in neighbours(queue.popleft()):
                if nxt in self.points and nxt not in seen:
                    seen.add(nxt)
                    order.append(nxt)
                    queue.append(nxt)
        return order

    def path(self, start: str, goal: str, directed: bool = True) -> list[str]:
        """Shortest learning path of ids from `start` to `goal` along prerequisite links ([] when none).

        With `directed=False` the links may be followed either way (how two topics are related).
        """
        self._require(start, goal)
        parent: dict[str, str | None] = {start: None}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if node == goal:
                out: list[str] = []
                step: str | None = node
                while step is not None:
                    out.append(step)
                    step = parent[step]
                return out[::-1]
            nexts = list(self._dependents[node])
            if not directed:
                nexts += [q for q in self.points[node].prerequisites if q in self.points]
            for nxt in nexts:
                if nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        return []

    def points_in_module(self, module: str) -> list[KnowledgePoint]:
        """The module's knowledge points in file order; KeyError for an unknown module."""
        if module not in self._modules:
            raise KeyError(f"no module {module!r}; known: {', '.join(self._modules)}")
        return [p for p in self.points.values() if p.module == module]

    def modules(self) -> list[Module]:
        """All modules in curriculum order: the required course (必修) first, then the selective-required."""
        rank = {mid: i for i, mid in enumerate(CURRICULUM_ORDER)}
        return sorted(
            self._modules.values(), key=lambda m: (m.course != "required", rank.get(m.id, len(rank)), m.id)
        )

    def module(self, module: str) -> Module:
        """One module by id."""
        return self._modules[module]

    def to_dot(self, ids: Iterable[str] | None = None, with_methods: bool = False) -> str:
        """Graphviz DOT text of the points in `ids` (default: all) and the prerequisite links among them."""
        chosen = list(self.points) if ids is None else [self[i].id for i in ids]
        keep = set(chosen)
        dot = graphviz.Digraph(
            "knowledge",
            graph_attr={"rankdir": "LR"},
            node_attr={"shape": "box", "fontname": "Noto Sans CJK SC"},
        )
        by_module: dict[str, list[str]] = {}
        for pid in chosen:
            by_module.setdefault(self.points[pid].module, []).append(pid)
        for module, pids in by_module.items():
            with dot.subgraph(name=f"cluster_{module}") as sub:
                sub.attr(
                    label=self._modules[module].name_zh if module in self._modules else module,
                    style="rounded",
                )
                for pid in pids:
                    sub.node(pid, f"{self.points[pid].name_zh}\n{pid}")
        drawn: set[str] = set()
        for pid in chosen:
            for pre in self.points[pid].prerequisites:
                if pre in keep:
                    dot.edge(pre, pid)
            if with_methods:
                for mid in self.points[pid].methods:
                    if mid not in drawn:
                        drawn.add(mid)
                        dot.node(
                            f"method:{mid}",
                            self.methods[mid].name_zh if mid in self.methods else mid,
                            shape="ellipse",
                        )
                    dot.edge(f"method:{mid}", pid, style="dashed")
        return dot.source


def read_graph(folder: str | Path | None = None) -> tuple[KnowledgeGraph, list[str]]:
    """Read a knowledge folder into a graph, returning it with every schema and graph error found."""
    parsed = read_folder(Path(folder) if folder else KNOWLEDGE_DIR)
    graph = KnowledgeGraph(parsed.points, parsed.methods, parsed.modules)
    return graph, parsed.errors + graph.validate()


@functools.lru_cache(maxsize=4)
def _load(folder: Path) -> KnowledgeGraph:
    graph, errors = read_graph(folder)
    if errors:
        raise KnowledgeError(errors)
    return graph


def load_graph(folder: str | Path | None = None) -> KnowledgeGraph:
    """Load and validate the knowledge graph (default: the shipped one); cached per folder.

    Raises KnowledgeError listing every problem when the files are invalid.
    """
    return _load(Path(folder or KNOWLEDGE_DIR).resolve())


load_graph.cache_clear = _load.cache_clear  # type: ignore[attr-defined]

"""The curriculum knowledge graph: shipped files valid, queries correct, broken files caught with file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import graphviz
import pytest
import yaml

from content.knowledge import KnowledgeError, load_graph, read_graph
from content.knowledge_files import CURRICULUM_ORDER, KNOWLEDGE_DIR, POINT_ID


@pytest.fixture(scope="module")
def graph():
    return load_graph()


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge folder to plant faults in."""
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, folder)
    return folder


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _point(doc: dict, point_id: str) -> dict:
    return next(p for p in doc["points"] if p["id"] == point_id)


def test_shipped_graph_is_valid_and_large_enough(graph):
    _, errors = read_graph()
    assert errors == []
    assert len(graph) >= 150
    assert len(graph.methods) >= 7


def test_every_module_of_the_standard_has_points(graph):
    assert [m.id for m in graph.modules()] == list(CURRICULUM_ORDER)
    for module in graph.modules():
        assert len(graph.points_in_module(module.id)) >= 3, module.id
    required = [m for m in graph.modules() if m.course == "required"]
    assert {m.theme for m in required} == {"预备知识", "函数", "几何与代数", "概率与统计"}


def test_the_named_thinking_methods_are_nodes(graph):
    names = {m.name_zh for m in graph.methods.values()}
    for name in ("数形结合", "分类讨论", "函数与方程", "转化与化归", "换元法", "配方法", "待定系数法"):
        assert name in names
    used = {m for p in graph.points.values() for m in p.methods}
    assert used <= set(graph.methods)


def test_points_are_complete_records(graph):
    for p in graph.points.values():
        assert POINT_ID.match(p.id)
        assert p.name_zh and p.name_en and p.description_zh and p.formulas, p.id
        assert all(q in graph for q in p.prerequisites), p.id


def test_prerequisites_direct_and_transitive(graph):
    direct = [p.id for p in graph.prerequisites("seq.arith.sum", transitive=False)]
    assert direct == ["seq.arith.def", "seq.partial_sum"]
    everything = [p.id for p in graph.prerequisites("seq.arith.sum")]
    assert set(direct) < set(everything)
    assert everything[:2] == direct  # nearest first
    assert "func.concept" in everything and "seq.arith.sum" not in everything


def test_dependents_direct_and_transitive(graph):
    direct = {p.id for p in graph.dependents("quad.vieta")}
    assert {"quad.three_quadratics", "conic.line_conic"} <= direct
    downstream = {p.id for p in graph.dependents("quad.vieta", transitive=True)}
    assert direct < downstream and "conic.chord" in downstream
    for pid in downstream:  # the inverse query agrees
        assert "quad.vieta" in {q.id for q in graph.prerequisites(pid)}


def test_path_follows_prerequisite_links(graph):
    chain = graph.path("set.concept", "conic.chord")
    assert chain[0] == "set.concept" and chain[-1] == "conic.chord"
    for a, b in zip(chain, chain[1:], strict=False):
        assert a in graph[b].prerequisites
    assert graph.path("conic.chord", "set.concept") == []  # not a learning direction
    assert graph.path("conic.chord", "prob.normal", directed=False)[-1] == "prob.normal"
    with pytest.raises(KeyError):
        graph.path("set.concept", "no.such_point")


def test_points_in_module_and_unknown_module(graph):
    ids = [p.id for p in graph.points_in_module("sequences")]
    assert "seq.arith.sum" in ids and all(graph[i].module == "sequences" for i in ids)
    with pytest.raises(KeyError):
        graph.points_in_module("astrology")


def test_dot_export_is_valid_graphviz(graph):
    text = graph.to_dot(["seq.arith.def", "seq.arith.sum", "seq.partial_sum"], with_methods=True)
    assert '"seq.arith.def" -> "seq.arith.sum"' in text
    assert "cluster_sequences" in text and "函数与方程" in text
    assert text.count('"method:function_equation" [') == 1
    assert "func.concept" not in text  # only the chosen points
    graphviz.Source(text)  # the package accepts it
    assert graph.to_dot().count("->") == sum(len(p.prerequisites) for p in graph.points.values())


def test_planted_cycle_is_caught(knowledge_copy):
    # seq.concept builds on func.concept; make func.concept need seq.arith.sum: a cycle through several files.
    _edit(
        knowledge_copy,
        "functions.yaml",
        lambda d: _point(d, "func.concept")["prerequisites"].append("seq.arith.sum"),
    )
    _, errors = read_graph(knowledge_copy)
    cycle = [e for e in errors if "cycle" in e]
    assert len(cycle) == 1
    assert "prerequisites" in cycle[0] and "func.concept" in cycle[0] and "seq.arith.sum" in cycle[0]
    load_graph.cache_clear()
    with pytest.raises(KnowledgeError):
        load_graph(knowledge_copy)


def test_planted_self_loop_is_caught(knowledge_copy):
    _edit(knowledge_copy, "sets.yaml", lambda d: _point(d, "set.venn")["prerequisites"].append("set.venn"))
    _, errors = read_graph(knowledge_copy)
    assert any("cycle set.venn -> set.venn" in e for e in errors)


def test_dangling_prerequisite_and_method_are_caught(knowledge_copy):
    def plant(doc):
        _point(doc, "seq.arith.sum")["prerequisites"].append("seq.no_such")
        _point(doc, "seq.arith.sum")["methods"].append("guessing")

    _edit(knowledge_copy, "sequences.yaml", plant)
    _, errors = read_graph(knowledge_copy)
    assert "sequences.yaml: points (id=seq.arith.sum): prerequisites: 'seq.no_such' does not exist" in errors
    assert "sequences.yaml: points (id=seq.arith.sum): methods: 'guessing' is not in methods.yaml" in errors


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: p.pop("name_en"), "points[0] (id=set.concept): name_en: missing or empty"),
        (lambda p: p.update(unit="nowhere"), "unit: 'nowhere' is not one of this file's units"),
        (lambda p: p.update(id="Set Concept"), "id: must match"),
        (lambda p: p.update(colour="red"), "colour: unknown field"),
        (lambda p: p.update(identities=[{"claim": "x = x", "when": "always"}]), "identities[0]: must be"),
    ],
)
def test_schema_errors_name_file_and_field(knowledge_copy, change, expected):
    _edit(knowledge_copy, "sets.yaml", lambda d: change(d["points"][0]))
    _, errors = read_graph(knowledge_copy)
    assert any(e.startswith("sets.yaml:") and expected in e for e in errors), errors


def test_duplicate_id_across_files_is_caught(knowledge_copy):
    _edit(knowledge_copy, "logic.yaml", lambda d: d["points"].append(dict(d["points"][0], id="set.concept")))
    _, errors = read_graph(knowledge_copy)
    assert any("id: set.concept already defined in" in e for e in errors)

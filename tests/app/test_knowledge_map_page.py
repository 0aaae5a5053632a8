"""The knowledge map under AppTest: browse a module, open a point, follow its links."""

from __future__ import annotations

from content.knowledge import load_graph
from tests.app.conftest import assert_clean, texts


def _open_map(app):
    at = app().run()
    at.switch_page("views/knowledge_map.py").run()
    assert_clean(at)
    return at


def test_map_lists_modules_and_opens_the_first_point(app):
    graph = load_graph()
    at = _open_map(app)
    assert [t.value for t in at.title] == ["知识图谱"]
    module = at.selectbox(key="w_map_module")
    assert len(module.options) == len(graph.modules())
    first = graph.points_in_module(graph.modules()[0].id)[0]
    assert at.header[0].value == first.name_zh
    assert any(first.id in c for c in texts(at.caption))
    assert len(at.latex) == len(first.formulas)


def test_choosing_a_module_and_point_shows_its_prerequisites_and_bank_problems(app):
    graph = load_graph()
    at = _open_map(app)
    # A point with prerequisites that bank problems use: found from the data, not hard-coded.
    point = next(p for p in graph.points.values() if p.prerequisites and p.module == "quadratics")
    module_label = next(o for o in at.selectbox(key="w_map_module").options if graph.module("quadratics").name_zh in o)
    at.selectbox(key="w_map_module").set_value("quadratics").run()
    assert module_label
    at.radio(key="w_map_point").set_value(point.id).run()
    assert at.header[0].value == point.name_zh
    pre_keys = {b.key for b in at.button if b.key and b.key.startswith("w_map_pre_")}
    assert pre_keys == {f"w_map_pre_{pid}" for pid in point.prerequisites}
    # Following a prerequisite opens it (and its module).
    target = point.prerequisites[0]
    at.button(key=f"w_map_pre_{target}").click().run()
    assert at.session_state.map_point == target
    assert at.header[0].value == graph.points[target].name_zh
    dependents = {b.key for b in at.button if b.key and b.key.startswith("w_map_dep_")}
    assert f"w_map_dep_{point.id}" in dependents


def test_bank_problems_that_use_a_point_are_listed(app):
    from content.bank import load_problems

    problems = load_problems()
    used = next(pid for p in problems for pid in p.step_knowledge_points)
    graph = load_graph()
    at = _open_map(app)
    at.selectbox(key="w_map_module").set_value(graph.points[used].module).run()
    at.radio(key="w_map_point").set_value(used).run()
    users = [p.id for p in problems if used in p.step_knowledge_points or used in p.knowledge_points]
    listed = {b.key for b in at.button if (b.key or "").startswith("w_map_problem_")}
    assert f"w_map_problem_{users[0]}" in listed  # each opens in the workspace


def test_switching_language_keeps_the_open_point(app):
    graph = load_graph()
    at = _open_map(app)
    at.selectbox(key="w_map_module").set_value("quadratics").run()
    point = at.session_state.map_point
    at.get("button_group")[0].set_value("en").run()
    assert_clean(at)
    assert at.session_state.map_point == point
    assert at.header[0].value == graph.points[point].name_en
    at.get("button_group")[0].set_value("zh").run()
    assert at.header[0].value == graph.points[point].name_zh


def test_search_finds_points_in_any_module_and_opens_one(app):
    graph = load_graph()
    target = graph.points["quad.discriminant"] if "quad.discriminant" in graph else next(iter(graph.points.values()))
    at = _open_map(app)
    at.text_input(key="w_map_search").input(target.name_zh).run()
    at.button(key=f"w_map_hit_{target.id}").click().run()
    assert_clean(at)
    assert at.session_state.map_point == target.id
    assert at.session_state.map_module == target.module
    assert at.header[0].value == target.name_zh

"""知识图谱 / Knowledge map: browse the curriculum by module and open a knowledge point."""

import streamlit as st

from app import services
from app.components import knowledge_view
from app.components.chain import point_chips
from app.components.problem_input import use_problem
from app.i18n import lang, pick, t
from app.mathtext import prose_to_markdown, to_markdown


def _open(point_id: str) -> None:
    """Callback: open a point (and its module), e.g. from a prerequisite's button."""
    st.session_state.map_point = point_id
    graph = services.knowledge_graph()
    st.session_state.map_module = graph.points[point_id].module


def _open_problem(text: str, problem_id: str) -> None:
    """Callback: make a bank problem the workspace's problem; the page switches to the workspace next run."""
    use_problem(text, problem_id)
    st.session_state.goto_teacher = True


def _point_buttons(points, key: str) -> None:
    if not points:
        st.caption(t("map.none"))
        return
    for point in points:
        st.button(pick(point.name_zh, point.name_en), key=f"{key}_{point.id}", on_click=_open, args=(point.id,),
                  help=point.id)


def _bank_uses(point_id: str) -> list:
    try:
        problems = services.bank_problems()
    except Exception:  # the map stays useful without the bank
        return []
    return [p for p in problems if point_id in p.step_knowledge_points or point_id in p.knowledge_points]


def _render_point(graph, point) -> None:
    st.header(pick(point.name_zh, point.name_en))
    module = graph.module(point.module)
    st.caption(f"`{point.id}` · {pick(module.name_zh, module.name_en)} · {module.unit_name(point.unit)}")
    st.markdown(f"**{t('map.description')}**")
    st.markdown(prose_to_markdown(pick(point.description_zh, point.description_en)))
    if point.formulas:
        st.markdown(f"**{t('map.formulas')}**")
        for formula in point.formulas:
            st.latex(formula)
    if point.methods:
        name_of = services.point_namer(lang())
        st.markdown(f"**{t('map.methods')}**{t('colon')}" + point_chips(list(point.methods), name_of))
    pre, dep = st.columns(2)
    with pre:
        st.markdown(f"**{t('map.prereqs')}**")
        _point_buttons(graph.prerequisites(point.id, transitive=False), "w_map_pre")
    with dep:
        st.markdown(f"**{t('map.dependents')}**")
        _point_buttons(graph.dependents(point.id), "w_map_dep")
    with st.expander(t("map.neighbourhood"), expanded=True):
        near = [p.id for p in graph.prerequisites(point.id, transitive=False)] + [point.id]
        near += [p.id for p in graph.dependents(point.id)]
        knowledge_view.show_dot(graph.to_dot(dict.fromkeys(near)))
    st.markdown(f"**{t('map.problems')}**")
    uses = _bank_uses(point.id)
    if not uses:
        st.caption(t("map.none"))
    for problem in uses[:20]:
        text = pick(problem.question_zh, problem.question_en)
        with st.container(border=True):
            st.markdown(to_markdown(text))
            st.button(t("map.open_problem"), key=f"w_map_problem_{problem.id}", on_click=_open_problem,
                      args=(text, problem.id), help=problem.id)


if st.session_state.get("goto_teacher"):  # a bank problem was opened: show it in the workspace
    st.session_state.goto_teacher = False
    st.switch_page("views/teacher.py")

st.title(t("map.title"))
try:
    graph = services.knowledge_graph()
except services.NotAvailable as exc:
    st.warning(t("unavailable", what=exc.what, why=exc.why))
    st.stop()
except Exception as exc:  # e.g. a knowledge file with an error: say which, do not crash
    st.error(t("error.generic", why=f"{type(exc).__name__}: {exc}"))
    st.stop()

# A link to a point (?point=ID) or a knowledge chip elsewhere in the app opens the map at that point.
linked = st.query_params.get("point")
if linked in graph.points:
    st.session_state.map_point = linked
    del st.query_params["point"]
if st.session_state.map_point in graph.points:
    st.session_state.map_module = graph.points[st.session_state.map_point].module

modules = graph.modules()
st.caption(t("map.count", points=len(graph), modules=len(modules)))
module_ids = [m.id for m in modules]
if st.session_state.map_module not in module_ids:
    st.session_state.map_module = module_ids[0]

nav, body = st.columns([1, 2.4], gap="large")
with nav:
    query = st.text_input(t("map.search"), key="w_map_search", placeholder=t("map.search_hint")).strip().lower()
    if query:
        hits = [
            p for p in graph.points.values()
            if query in p.id.lower() or query in p.name_zh.lower() or query in p.name_en.lower()
        ][:12]
        if not hits:
            st.caption(t("map.none"))
        _point_buttons(hits, "w_map_hit")
        st.divider()
    st.session_state.w_map_module = st.session_state.map_module
    st.selectbox(
        t("map.module"),
        module_ids,
        # Labels are looked up in dicts built during this run (a format_func that read the language
        # later, outside the run, would label options in the wrong language).
        format_func={m.id: pick(m.name_zh, m.name_en) for m in modules}.get,
        key="w_map_module",
        on_change=lambda: st.session_state.update(map_module=st.session_state.w_map_module, map_point=None),
    )
    points = graph.points_in_module(st.session_state.map_module)
    if st.session_state.map_point not in [p.id for p in points]:
        st.session_state.map_point = points[0].id if points else None
    st.session_state.w_map_point = st.session_state.map_point
    st.radio(
        t("map.point"),
        [p.id for p in points],
        format_func={p.id: pick(p.name_zh, p.name_en) for p in points}.get,
        key="w_map_point",
        on_change=lambda: st.session_state.update(map_point=st.session_state.w_map_point),
    )
with body:
    if st.session_state.map_point:
        _render_point(graph, graph.points[st.session_state.map_point])

"""Draw a Result: question chains step by step with verdict badges, methods in tabs, variants."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import streamlit as st

from app.i18n import lang, one, t
from app.mathtext import claim_to_latex, readable_answer, to_markdown

if TYPE_CHECKING:
    from tutor_graph.result import NodeTrace, Solution, Step, Variant, VerdictDict

_VERDICT_STYLE = {"verified": ("green", "✓"), "refuted": ("red", "✗"), "unknown": ("gray", "?")}
_SOURCE_STYLE = {"model": "blue", "repaired": "orange", "symbolic": "violet", "teacher": "yellow",
                 "teacher_edited": "yellow"}


def _badge_text(text: str) -> str:
    # Square brackets would end the badge directive early.
    return text.replace("[", "(").replace("]", ")")


def verdict_badge(verdict: Mapping[str, Any]) -> str:
    """Markdown badge for a verdict: verified / refuted / unknown."""
    status = verdict.get("status", "unknown")
    color, mark = _VERDICT_STYLE.get(status, _VERDICT_STYLE["unknown"])
    return f":{color}-badge[{mark} {t('verdict.' + status if status in _VERDICT_STYLE else 'verdict.unknown')}]"


def source_badge(source: str) -> str:
    """Markdown badge for where a step came from: model / repaired / symbolic / teacher / teacher_edited."""
    color = _SOURCE_STYLE.get(source, "gray")
    label = t(f"source.{source}") if source in _SOURCE_STYLE else source
    return f":{color}-badge[{t('result.source')}: {_badge_text(label)}]"


def point_chips(ids: list[str], name_of: Callable[[str], str]) -> str:
    """Knowledge points as a row of chips (markdown badges, not clickable: see `point_links`)."""
    return " ".join(f":blue-badge[{_badge_text(name_of(pid))}]" for pid in ids)


def _open_point(key: str) -> None:
    """on_change of a chip row: open the knowledge map at the chosen point (the page switches on its next run)."""
    chosen = st.session_state.get(key)
    if chosen:
        st.session_state.map_point = chosen
        st.session_state.map_module = None  # the map finds the point's module
        st.session_state.goto_map = True
        st.session_state[key] = None


def point_links(ids: list[str], name_of: Callable[[str], str], key: str, label: str | None = None) -> None:
    """Knowledge points as chips; clicking one opens the knowledge map at that point."""
    st.pills(label or t("result.points"), ids, format_func=name_of, key=key, on_change=_open_point, args=(key,),
             help=t("link.map_help"))


def render_step(n: int, step: Step, name_of: Callable[[str], str], key: str = "") -> None:
    """One link of the chain: question, answer, verdict with reason, source, knowledge points."""
    verdict = step.get("verdict") or {"status": "unknown", "reason": ""}
    with st.container(border=True):
        st.markdown(f"**{t('result.step', n=n)}** · " + to_markdown(step.get("question", "")))
        st.markdown(f"{t('result.answer')}{t('colon')}" + to_markdown(readable_answer(step.get("answer", ""))))
        badges = [verdict_badge(verdict), source_badge(step.get("source", "model"))]
        st.markdown(" ".join(badges))
        reason = verdict_reason(verdict)
        if reason:
            st.caption(reason)
        if step.get("claim"):
            st.caption(f"{t('result.claim')}{t('colon')}${claim_to_latex(step['claim'], lang())}$")
        if step.get("knowledge_points"):
            point_links(step["knowledge_points"], name_of, key=f"w_chips{key}_{n}")
        if step.get("hints"):
            with st.expander(t("result.hints")):
                for hint in step["hints"]:
                    st.markdown("- " + to_markdown(hint))


def verdict_reason(verdict: VerdictDict) -> str:
    """The verdict's reason (and counterexample) in the interface language."""
    reason = one(verdict.get("reason") or "")
    if verdict.get("counterexample"):
        ce = one(str(verdict["counterexample"]))
        reason = (reason + t("semicolon") if reason else "") + t("verdict.counterexample", ce=ce)
    return reason


def step_counts(solution: Solution) -> tuple[int, int, int]:
    """(verified, refuted, total) over the steps exactly as their badges show them."""
    statuses = [(step.get("verdict") or {}).get("status", "unknown") for step in solution.get("steps") or []]
    return statuses.count("verified"), statuses.count("refuted"), len(statuses)


def status_line(solution: Solution) -> tuple[str, str]:
    """(verdict status, words) for a method's footer: all verified only when every step shows verified."""
    verified, refuted, total = step_counts(solution)
    if total and verified == total and solution.get("verified", True):
        return "verified", t("result.verified_all")
    if refuted:
        return "refuted", t("result.some_refuted", n=verified, m=total, r=refuted)
    return "unknown", t("result.n_of_m", n=verified, m=total)


def render_chain(solution: Solution, name_of: Callable[[str], str], key: str = "") -> None:
    """A whole method: its steps, then how many of them are verified, then its final answer."""
    steps = solution.get("steps") or []
    for n, step in enumerate(steps, start=1):
        render_step(n, step, name_of, key)
    status, label = status_line(solution)
    st.markdown(f"{verdict_badge({'status': status})} {label} · **{t('result.final')}**{t('colon')}"
                + to_markdown(readable_answer(solution.get("final_answer", ""))))


def render_variants(variants: list[Variant]) -> None:
    """Variant questions with their answers (verified or not) and what was changed."""
    for n, variant in enumerate(variants, start=1):
        with st.container(border=True):
            st.markdown(f"**{n}.** " + to_markdown(variant.get("question", "")))
            badge = verdict_badge({"status": "verified" if variant.get("verified") else "unknown"})
            st.markdown(f"{t('result.answer')}{t('colon')}" + to_markdown(readable_answer(variant.get("answer", "")))
                        + " " + badge)
            if variant.get("level") in ("easier", "harder"):
                st.caption(t(f"variant.{variant['level']}"))
            if variant.get("change"):
                st.caption(t("result.variant_change", change=one(variant["change"])))


def render_trace(trace: list[NodeTrace]) -> None:
    """Per-node time, model calls and tokens of the run, as a table."""
    def node(name: str) -> str:
        label = t(f"node.{name}")
        return name if label == f"node.{name}" else label

    columns = ("seconds", "model_calls", "prompt_tokens", "completion_tokens")
    rows = [{t("trace.node"): node(str(row.get("node", ""))), **{t(f"trace.{c}"): row.get(c) for c in columns}}
            for row in trace]
    st.dataframe(rows, hide_index=True)

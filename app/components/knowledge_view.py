"""Graphviz views of knowledge points: a method's points with their prerequisites."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st


def _q(text: str) -> str:
    """Quote a string for DOT."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def method_dot(
    solution: Mapping[str, Any],
    prerequisites: Mapping[str, list[str]],
    name_of: Callable[[str], str],
) -> str:
    """DOT source: the points the method's steps use (filled) and their direct prerequisites.

    Edges run from a prerequisite to the point that builds on it; step numbers label the points.
    """
    used: dict[str, list[int]] = {}
    for n, step in enumerate(solution.get("steps") or [], start=1):
        for pid in step.get("knowledge_points") or []:
            used.setdefault(pid, []).append(n)
    lines = [
        "digraph knowledge {",
        '  rankdir=LR; node [shape=box, style="rounded,filled", fontname="sans-serif", fontsize=11];',
    ]
    extra: dict[str, None] = {}
    edges: list[tuple[str, str]] = []
    for pid in used:
        for step in solution.get("steps") or []:
            if pid in (step.get("knowledge_points") or []):
                for pre in step.get("prerequisites") or []:
                    if pre != pid:
                        edges.append((pre, pid))
        for pre in prerequisites.get(pid, []):
            edges.append((pre, pid))
    edges = list(dict.fromkeys(edges))
    for pre, _ in edges:
        if pre not in used:
            extra[pre] = None
    for pid, steps in used.items():
        label = f"{name_of(pid)}\n(" + ", ".join(f"#{n}" for n in steps) + ")"
        lines.append(f"  {_q(pid)} [label={_q(label)}, fillcolor=\"#dbeafe\"];")
    for pid in extra:
        lines.append(f"  {_q(pid)} [label={_q(name_of(pid))}, fillcolor=\"#f3f4f6\"];")
    for pre, pid in edges:
        lines.append(f"  {_q(pre)} -> {_q(pid)};")
    lines.append("}")
    return "\n".join(lines)


def show_dot(dot: str) -> None:
    """Draw DOT source; the browser lays it out, so no Graphviz binary is needed on the server."""
    st.graphviz_chart(dot)

"""Lesson handouts from a Result (or an edited chain): Markdown, and print-ready HTML with MathML.

The HTML needs no network: formulas are converted to MathML (which browsers render and print
natively) instead of loading MathJax or KaTeX from a CDN.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from latex2mathml.converter import convert as _latex_to_mathml

from app.mathtext import split_math, to_html

_LABELS = {
    "zh": {
        "title": "问题链讲义",
        "problem": "题目",
        "method": "解法",
        "answer": "答",
        "final": "最终答案",
        "points": "涉及知识点",
        "variants": "变式练习",
        "verified": "✓ 已由 SymPy 验证",
        "refuted": "✗ 验证未通过",
        "unknown": "? 未能自动验证",
        "source": {"model": "模型", "repaired": "模型修正", "symbolic": "符号专家", "teacher": "教师编辑"},
        "footer": "由问题链数学导师生成；标注“已验证”的步骤均经 SymPy 检查。",
    },
    "en": {
        "title": "Question-chain handout",
        "problem": "Problem",
        "method": "Method",
        "answer": "Answer",
        "final": "Final answer",
        "points": "Knowledge points",
        "variants": "Variant questions",
        "verified": "✓ verified by SymPy",
        "refuted": "✗ failed verification",
        "unknown": "? not verified automatically",
        "source": {"model": "model", "repaired": "repaired", "symbolic": "symbolic", "teacher": "teacher"},
        "footer": "Made with the question-chain math tutor; steps marked verified were checked by SymPy.",
    },
}


def _labels(lang: str) -> dict[str, Any]:
    return _LABELS["en" if lang == "en" else "zh"]


def _md_math(text: str) -> str:
    """Markdown with `$…$` / `$$…$$` delimiters, whatever the model wrote."""
    out = []
    for kind, body in split_math(text):
        out.append(body if kind == "text" else f"${body}$" if kind == "inline" else f"\n$$\n{body}\n$$\n")
    return "".join(out)


def _all_points(lesson: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = {}
    for solution in lesson.get("solutions") or []:
        for step in solution.get("steps") or []:
            seen.update(dict.fromkeys(step.get("knowledge_points") or []))
    return list(seen)


def handout_markdown(lesson: dict[str, Any], name_of: Callable[[str], str], lang: str = "zh") -> str:
    """The lesson as Markdown: problem, each method's chain with verdicts, points, variants."""
    lab = _labels(lang)
    lines = [f"# {lab['title']}", "", f"_{date.today().isoformat()}_", "", f"## {lab['problem']}", ""]
    lines += [_md_math(lesson.get("problem", "")), ""]
    for m, solution in enumerate(lesson.get("solutions") or [], start=1):
        lines += [f"## {lab['method']} {m}：{solution.get('method', '')}", ""]
        for n, step in enumerate(solution.get("steps") or [], start=1):
            status = (step.get("verdict") or {}).get("status", "unknown")
            source = lab["source"].get(step.get("source", ""), step.get("source", ""))
            lines.append(f"{n}. **{_md_math(step.get('question', ''))}**")
            lines.append(f"   {lab['answer']}：{_md_math(step.get('answer', ''))}")
            lines.append(f"   <small>{lab[status] if status in lab else status} · {source}</small>")
            lines.append("")
        lines += [f"**{lab['final']}**：{_md_math(solution.get('final_answer', ''))}", ""]
    points = _all_points(lesson)
    if points:
        lines += [f"## {lab['points']}", ""] + [f"- {name_of(pid)}" for pid in points] + [""]
    variants = lesson.get("variants") or []
    if variants:
        lines += [f"## {lab['variants']}", ""]
        for n, variant in enumerate(variants, start=1):
            lines.append(f"{n}. {_md_math(variant.get('question', ''))}（{lab['answer']}：{_md_math(variant.get('answer', ''))}）")
        lines.append("")
    lines += ["---", f"_{lab['footer']}_", ""]
    return "\n".join(lines)


def mathml(latex: str, display: bool) -> str:
    """One formula as MathML; text that will not convert is shown as escaped LaTeX source."""
    try:
        return _latex_to_mathml(latex, display="block" if display else "inline")
    except Exception:  # latex2mathml raises many kinds of errors on unusual input
        return f"<code>{html.escape(latex)}</code>"


_CSS = """
body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", serif; max-width: 46em; margin: 2em auto;
       line-height: 1.7; color: #111; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
ol.chain > li { margin-bottom: .8em; page-break-inside: avoid; }
.answer { margin-left: 1em; }
.mark { font-size: .85em; color: #555; }
.mark.verified { color: #1a7f37; } .mark.refuted { color: #b42318; }
footer { margin-top: 2em; font-size: .85em; color: #555; border-top: 1px solid #aaa; }
@media print { body { margin: 1.5cm; max-width: none; } a { color: inherit; } }
@page { size: A4; margin: 1.5cm; }
"""


def handout_html(lesson: dict[str, Any], name_of: Callable[[str], str], lang: str = "zh") -> str:
    """The lesson as one self-contained, print-ready HTML page (A4, MathML formulas)."""
    lab = _labels(lang)

    def rich(text: str) -> str:
        return to_html(text or "", mathml)

    body = [f"<h1>{html.escape(lab['title'])}</h1>", f"<p class='mark'>{date.today().isoformat()}</p>"]
    body.append(f"<h2>{html.escape(lab['problem'])}</h2><p>{rich(lesson.get('problem', ''))}</p>")
    for m, solution in enumerate(lesson.get("solutions") or [], start=1):
        body.append(f"<h2>{html.escape(lab['method'])} {m}：{rich(solution.get('method', ''))}</h2><ol class='chain'>")
        for step in solution.get("steps") or []:
            status = (step.get("verdict") or {}).get("status", "unknown")
            source = lab["source"].get(step.get("source", ""), step.get("source", ""))
            body.append(
                f"<li><strong>{rich(step.get('question', ''))}</strong>"
                f"<div class='answer'>{html.escape(lab['answer'])}：{rich(step.get('answer', ''))}</div>"
                f"<div class='mark {html.escape(status)}'>{html.escape(lab.get(status, status))} · "
                f"{html.escape(source)}</div></li>"
            )
        body.append("</ol>")
        body.append(f"<p><strong>{html.escape(lab['final'])}</strong>：{rich(solution.get('final_answer', ''))}</p>")
    points = _all_points(lesson)
    if points:
        items = "".join(f"<li>{html.escape(name_of(pid))}</li>" for pid in points)
        body.append(f"<h2>{html.escape(lab['points'])}</h2><ul>{items}</ul>")
    variants = lesson.get("variants") or []
    if variants:
        items = "".join(
            f"<li>{rich(v.get('question', ''))}（{html.escape(lab['answer'])}：{rich(v.get('answer', ''))}）</li>"
            for v in variants
        )
        body.append(f"<h2>{html.escape(lab['variants'])}</h2><ol>{items}</ol>")
    body.append(f"<footer>{html.escape(lab['footer'])}</footer>")
    title = html.escape(f"{lab['title']} · {lesson.get('problem', '')[:40]}")
    return (
        f"<!DOCTYPE html><html lang='{'en' if lang == 'en' else 'zh-CN'}'><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>{_CSS}</style></head><body>{''.join(body)}</body></html>"
    )

"""Lesson handouts from a Result (or an edited chain): a student version and a teacher version, each as
Markdown and as one printable, self-contained, script-free HTML page (MathML formulas, A4).

- student: the problem, the guiding questions with space to write, hints if asked for, variant exercises;
- teacher: every method with its answers, verdicts, sources, knowledge points, final answers and variants.

Everything is in one language (`lang`), bilingual names are split (content.language), and untrusted text
is made safe by content.safe_html (escaping, an nh3 allow-list, a Content-Security-Policy).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from content.language import one_language
from content.mathtext import readable_answer
from content.safe_html import CSP, clean, markdown_safe, rich_html

Version = Literal["student", "teacher"]
VERSIONS: tuple[Version, ...] = ("student", "teacher")

# label: (中文, English)
_WORDS: dict[str, tuple[str, str]] = {
    "title.student": ("问题链学案", "Question-chain worksheet"),
    "title.teacher": ("问题链讲义（教师版）", "Question-chain handout (teacher)"),
    "problem": ("题目", "Problem"),
    "questions": ("引导问题", "Guiding questions"),
    "method": ("解法", "Method"),
    "answer": ("答", "Answer"),
    "final": ("最终答案", "Final answer"),
    "points": ("涉及知识点", "Knowledge points"),
    "step_points": ("知识点", "Points"),
    "hint": ("提示", "Hint"),
    "variants": ("变式练习", "Variant exercises"),
    "easier": ("较易", "easier"),
    "harder": ("较难", "harder"),
    "verified": ("✓ 已由 SymPy 验证", "✓ verified by SymPy"),
    "refuted": ("✗ 验证未通过", "✗ failed verification"),
    "unknown": ("? 未能自动验证", "? not verified automatically"),
    "all": ("全部步骤已验证", "every step verified"),
    "n_of_m": ("{n}/{m} 步已验证", "{n} of {m} steps verified"),
    "name": ("姓名：", "Name: "),
    "model": ("模型", "model"),
    "repaired": ("模型修正", "repaired"),
    "symbolic": ("符号专家", "symbolic specialist"),
    "teacher": ("教师编写", "teacher-written"),
    "teacher_edited": ("教师编辑", "teacher-edited"),
    "footer": ("由问题链数学导师生成；标注“已验证”的步骤均经 SymPy 检查。",
               "Made with the question-chain math tutor; steps marked verified were checked by SymPy."),
    "colon": ("：", ": "),
}


class _Words:
    def __init__(self, lang: str) -> None:
        self.lang = "en" if lang == "en" else "zh"

    def __call__(self, key: str, **fields: object) -> str:
        text = _WORDS[key][1 if self.lang == "en" else 0]
        return text.format(**fields) if fields else text

    def one(self, text: str) -> str:
        return one_language(text or "", self.lang)


def _points(lesson: dict[str, Any]) -> list[str]:
    seen: dict[str, None] = dict.fromkeys(lesson.get("knowledge_points") or [])
    for solution in lesson.get("solutions") or []:
        for step in solution.get("steps") or []:
            seen.update(dict.fromkeys(step.get("knowledge_points") or []))
    return list(seen)


def _status(solution: dict[str, Any], w: _Words) -> str:
    statuses = [(s.get("verdict") or {}).get("status", "unknown") for s in solution.get("steps") or []]
    done = statuses.count("verified")
    if statuses and done == len(statuses) and solution.get("verified", True):
        return w("all")
    return w("n_of_m", n=done, m=len(statuses))


def _student_steps(lesson: dict[str, Any]) -> list[dict[str, Any]]:
    """The guiding questions a student works through: the first method's chain."""
    solutions = lesson.get("solutions") or []
    return list(solutions[0].get("steps") or []) if solutions else []


def _variant_tag(variant: dict[str, Any], w: _Words) -> str:
    level = variant.get("level")
    return f"[{w(level)}] " if level in ("easier", "harder") else ""


# ── Markdown ─────────────────────────────────────────────────────────────────────────────────────────
def handout_markdown(lesson: dict[str, Any], name_of: Callable[[str], str], lang: str = "zh",
                     version: Version = "teacher", hints: bool = False) -> str:
    """The lesson as Markdown in one language; raw HTML in any text is shown as text, never passed on."""
    w = _Words(lang)
    c = w("colon")
    lines = [f"# {w('title.' + version)}", "", f"_{date.today().isoformat()}_", ""]
    if version == "student":
        lines += [w("name") + "________", ""]
    lines += [f"## {w('problem')}", "", markdown_safe(lesson.get("problem", "")), ""]
    if version == "student":
        lines += [f"## {w('questions')}", ""]
        for n, step in enumerate(_student_steps(lesson), start=1):
            lines += [f"{n}. {markdown_safe(step.get('question', ''))}", ""]
            if hints:
                lines += [f"   _{w('hint')}{c}{markdown_safe(h)}_" for h in step.get("hints") or []] + [""]
            lines += [f"   {w('answer')}{c}", "", "   ", "   ", ""]
    else:
        for m, solution in enumerate(lesson.get("solutions") or [], start=1):
            lines += [f"## {w('method')} {m}{c}{markdown_safe(w.one(solution.get('method', '')))}", ""]
            for n, step in enumerate(solution.get("steps") or [], start=1):
                status = (step.get("verdict") or {}).get("status", "unknown")
                status = status if status in ("verified", "refuted") else "unknown"
                source = step.get("source", "model")
                lines.append(f"{n}. **{markdown_safe(step.get('question', ''))}**")
                lines.append(f"   {w('answer')}{c}{markdown_safe(step.get('answer', ''))}")
                meta = f"{w(status)} · {w(source) if source in _WORDS else markdown_safe(source)}"
                if step.get("knowledge_points"):
                    meta += f" · {w('step_points')}{c}" + "、".join(markdown_safe(name_of(p)) for p in step["knowledge_points"])
                lines += [f"   _{meta}_", ""]
            lines += [f"**{w('final')}**{c}{markdown_safe(readable_answer(solution.get('final_answer', '')))}"
                      f" ({_status(solution, w)})", ""]
        points = _points(lesson)
        if points:
            lines += [f"## {w('points')}", ""] + [f"- {markdown_safe(name_of(p))}" for p in points] + [""]
    variants = lesson.get("variants") or []
    if variants:
        lines += [f"## {w('variants')}", ""]
        for n, v in enumerate(variants, start=1):
            line = f"{n}. {_variant_tag(v, w)}{markdown_safe(v.get('question', ''))}"
            if version == "teacher":
                line += f" （{w('answer')}{c}{markdown_safe(readable_answer(v.get('answer', '')))}）"
            lines.append(line)
        lines.append("")
    lines += ["---", f"_{w('footer')}_", ""]
    return "\n".join(lines)


# ── HTML ─────────────────────────────────────────────────────────────────────────────────────────────
_CSS = """
body { font-family: "Noto Serif CJK SC", "Songti SC", "SimSun", serif; max-width: 46em; margin: 2em auto;
       line-height: 1.7; color: #111; }
h1 { font-size: 1.6em; border-bottom: 2px solid #333; padding-bottom: .2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
ol.chain > li { margin-bottom: .8em; page-break-inside: avoid; }
.answer { margin-left: 1em; }
.space { height: 7em; border-bottom: 1px dashed #999; margin: .3em 0 1em 1em; }
.hint { font-size: .9em; color: #444; margin-left: 1em; }
.mark { font-size: .85em; color: #555; }
.mark.verified { color: #1a7f37; } .mark.refuted { color: #b42318; }
footer { margin-top: 2em; font-size: .85em; color: #555; border-top: 1px solid #aaa; }
@media print { body { margin: 1.5cm; max-width: none; } .space { border-bottom-color: #ccc; } }
@page { size: A4; margin: 1.5cm; }
"""


def _html_student(lesson: dict[str, Any], w: _Words, hints: bool) -> list[str]:
    c = html.escape(w("colon"))
    body = [f"<p>{html.escape(w('name'))}________________</p>",
            f"<h2>{html.escape(w('problem'))}</h2><p>{rich_html(lesson.get('problem', ''))}</p>",
            f"<h2>{html.escape(w('questions'))}</h2><ol class='chain'>"]
    for step in _student_steps(lesson):
        item = f"<li><strong>{rich_html(step.get('question', ''))}</strong>"
        if hints:
            item += "".join(f"<div class='hint'>{html.escape(w('hint'))}{c}{rich_html(h)}</div>"
                            for h in step.get("hints") or [])
        body.append(item + f"<div class='answer'>{html.escape(w('answer'))}{c}</div><div class='space'></div></li>")
    body.append("</ol>")
    return body


def _html_teacher(lesson: dict[str, Any], name_of: Callable[[str], str], w: _Words) -> list[str]:
    c = html.escape(w("colon"))
    body = [f"<h2>{html.escape(w('problem'))}</h2><p>{rich_html(lesson.get('problem', ''))}</p>"]
    for m, solution in enumerate(lesson.get("solutions") or [], start=1):
        body.append(f"<h2>{html.escape(w('method'))} {m}{c}{rich_html(w.one(solution.get('method', '')))}</h2>"
                    "<ol class='chain'>")
        for step in solution.get("steps") or []:
            status = (step.get("verdict") or {}).get("status", "unknown")
            status = status if status in ("verified", "refuted") else "unknown"
            source = step.get("source", "model")
            meta = f"{html.escape(w(status))} · {html.escape(w(source) if source in _WORDS else source)}"
            if step.get("knowledge_points"):
                meta += f" · {html.escape(w('step_points'))}{c}" + "、".join(
                    html.escape(name_of(p)) for p in step["knowledge_points"])
            body.append(
                f"<li><strong>{rich_html(step.get('question', ''))}</strong>"
                f"<div class='answer'>{html.escape(w('answer'))}{c}{rich_html(step.get('answer', ''))}</div>"
                f"<div class='mark {status}'>{meta}</div></li>"
            )
        body.append("</ol>")
        body.append(f"<p><strong>{html.escape(w('final'))}</strong>{c}"
                    f"{rich_html(readable_answer(solution.get('final_answer', '')))} "
                    f"<span class='mark'>({html.escape(_status(solution, w))})</span></p>")
    points = _points(lesson)
    if points:
        items = "".join(f"<li>{html.escape(name_of(p))}</li>" for p in points)
        body.append(f"<h2>{html.escape(w('points'))}</h2><ul>{items}</ul>")
    return body


def handout_html(lesson: dict[str, Any], name_of: Callable[[str], str], lang: str = "zh",
                 version: Version = "teacher", hints: bool = False) -> str:
    """The lesson as one self-contained, printable HTML page that runs no script whatever its text holds."""
    w = _Words(lang)
    c = html.escape(w("colon"))
    title = w("title." + version)
    body = [f"<h1>{html.escape(title)}</h1>", f"<p class='mark'>{date.today().isoformat()}</p>"]
    body += _html_student(lesson, w, hints) if version == "student" else _html_teacher(lesson, name_of, w)
    variants = lesson.get("variants") or []
    if variants:
        items = []
        for v in variants:
            item = f"<li>{html.escape(_variant_tag(v, w))}{rich_html(v.get('question', ''))}"
            if version == "teacher":
                item += f"（{html.escape(w('answer'))}{c}{rich_html(readable_answer(v.get('answer', '')))}）"
            else:
                item += "<div class='space'></div>"
            items.append(item + "</li>")
        body.append(f"<h2>{html.escape(w('variants'))}</h2><ol>{''.join(items)}</ol>")
    body.append(f"<footer>{html.escape(w('footer'))}</footer>")
    page_title = html.escape(f"{title} · {(lesson.get('problem') or '')[:40]}")
    return (
        f"<!DOCTYPE html><html lang='{'en' if w.lang == 'en' else 'zh-CN'}'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{CSP}\">"
        f"<title>{page_title}</title><style>{_CSS}</style></head><body>{clean(''.join(body))}</body></html>"
    )


def knowledge_namer(lang: str = "zh", graph: Any = None) -> Callable[[str], str]:
    """Knowledge-point id → its name in `lang` from `graph` (default: the shipped graph); ids it does not know
    stay as they are."""
    if graph is None:
        try:
            from content.knowledge import load_graph

            graph = load_graph()
        except Exception:  # a broken knowledge folder must not stop a handout
            return lambda pid: pid

    def name_of(pid: str) -> str:
        item = graph.points.get(pid) or graph.methods.get(pid)
        if item is None:
            return pid
        return (item.name_en or item.name_zh) if lang == "en" else item.name_zh

    return name_of

"""Final-answer text: extracting it from a model's output and the gaokao normalisations before parsing.

Pure string work (safe in the caller): `\\boxed{}` extraction, "答案是", multiple-choice letters,
trailing units and Chinese measure words.
"""

from __future__ import annotations

import re

_BOXED = re.compile(r"\\(?:boxed|fbox)\s*\{")
_ANSWER_LEAD = re.compile(r"(?:最终答案|答案|故选|应选|选|answer|Answer|ANSWER)\s*(?:是|为|is|:|：)?\s*[:：]?\s*")
# Units and measure words that may trail a numeric answer. Longest first.
UNITS = sorted([
    "km/h", "m/s", "cm^2", "cm^3", "m^2", "m^3", "cm²", "cm³", "m²", "m³", "km", "cm", "mm", "kg", "mL", "ml",
    "元", "种", "个", "人", "次", "件", "名", "条", "块", "只", "本", "张", "天", "小时", "分钟", "秒", "米", "千米", "厘米",
    "平方米", "平方厘米", "立方米", "立方厘米", "克", "千克", "吨", "岁", "份", "组", "辆", "台", "页", "项", "对", "位",
    "分", "度", "年", "个月", "月", "周", "星期", "毫米", "分米", "公里", "平方千米", "平方分米", "立方分米",
    "升", "毫升", "粒", "棵", "盒", "箱", "支", "把", "道", "场", "局", "批", "双", "头", "匹", "dm", "g", "m",
    "s", "h", "L",
], key=len, reverse=True)
_CHOICE = re.compile(r"^[\s(（]*([A-G](?:[\s,，、和及与]*[A-G])*)[\s)）.．。]*$")


def last_boxed(text: str) -> str | None:
    """The content of the last `\\boxed{...}` in `text` (braces balanced), or None."""
    starts = [m.end() for m in _BOXED.finditer(text)]
    if not starts:
        return None
    i = starts[-1]
    depth = 1
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i:j]
    return None


def extract_answer(text: str) -> str:
    """The final answer inside a model's or student's text: last \\boxed{}, else after "答案是", else all."""
    text = text.strip()
    boxed = last_boxed(text)
    if boxed is not None:
        return boxed.strip()
    matches = list(_ANSWER_LEAD.finditer(text))
    if matches and len(text) > 0:
        tail = text[matches[-1].end():].strip()
        if tail:
            text = tail
    return text.strip().rstrip("。.;；").strip()


def choice_letters(text: str) -> frozenset[str] | None:
    """Multiple-choice letters (`A`, `AC`, `A、C`, `(B)`) as a set, or None if `text` is not a choice."""
    text = text.strip().replace("$", "")
    text = re.sub(r"\\(?:text|mathrm|textbf)\s*\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"^(?:故选|应选|选|答案|答)\s*[:：]?\s*", "", text)
    m = _CHOICE.match(text)
    if not m:
        return None
    return frozenset(re.findall(r"[A-G]", m.group(1)))


def split_unit(text: str) -> tuple[str, str]:
    """Split a trailing unit or measure word off an answer: `72 km/h` -> (`72`, `km/h`), `46种` -> (`46`, `种`)."""
    stripped = text.strip()
    stripped = re.sub(r"\\(?:text|mathrm)\s*\{\s*([^{}]*?)\s*\}\s*$", r" \1", stripped).strip()
    for unit in UNITS:
        if stripped.endswith(unit):
            head = stripped[: -len(unit)].rstrip()
            # a one-letter unit must follow a digit and a space or be the only trailing word: "5 m", not "2m"
            if len(unit) == 1 and unit.isascii() and not re.search(r"\d\s+$|\d$", stripped[: -len(unit)]):
                continue
            if len(unit) == 1 and unit.isascii() and not stripped[: -len(unit)].endswith(" "):
                continue
            if head and re.search(r"[\d})]$", head):
                return head, unit
    return stripped, ""

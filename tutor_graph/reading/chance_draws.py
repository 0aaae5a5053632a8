"""Draws from a bag or from two groups, read from a problem's words as objects (string work, no SymPy).

- `bag`: the bag of two colours, value `红:5,白:3` (each colour as written, in the problem's order);
- `count` `drawn`: how many are taken; `count` `chosen`: how many people are chosen from two groups;
- `groups`: two groups of people (or balls) chosen from, value `男生:5,女生:4`;
- `event`: what is asked of the draw — `asked_balls` (`白>=1` at least one white, `红=2` exactly two red, `红=all` all red,
  `red=1,white=1` one of each), `first` / `second` (the colour of the first and second draw, in turn),
  `at_least` (`女>=1`: at least one of a group);
- `random_variable` `X` with value `count(红)`: X counts the balls of a colour drawn.

>>> draw_objects("袋中有 4 个红球和 3 个白球，任取 3 个，至少有 1 个白球的概率是多少？")[:3]
[('bag', 'bag', '红:4,白:3'), ('drawn', 'count', '3'), ('asked_balls', 'event', '白>=1')]
"""

from __future__ import annotations

import re

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"(\d+|[一两二三四五六七八九十]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
COLOURS = r"(红|白|黑|黄|red|white|black|yellow)"
_BAG = re.compile(NUMBER + r"\s*(?:个)?\s*" + COLOURS + r"\s*(?:球|balls?)?\s*(?:和|与|、|,|and)\s*" + NUMBER
                  + r"\s*(?:个)?\s*" + COLOURS + r"\s*(?:球|balls?)", re.I)
_DRAW = re.compile(r"(?:任取|取出|摸出|抽取|取|draw|pick|take)\s*" + NUMBER + r"\s*(?:个|balls?)?", re.I)
_DRAWN = re.compile(NUMBER + r"\s*(?:balls?\s*)?(?:are|is)\s*(?:drawn|picked|taken)", re.I)
_EXACTLY = re.compile(r"恰(?:有|好)?\s*" + NUMBER + r"\s*(?:个)?\s*(红|白|黑|黄)|exactly (\d+|one|two) (red|white|black)", re.I)
_AT_LEAST = re.compile(r"至少(?:有)?\s*" + NUMBER + r"\s*(?:个)?\s*(红|白|黑|黄)|at least (\d+|one|two) (red|white|black)", re.I)
_ALL = re.compile(r"(都是|全是|均为)\s*(红|白|黑|黄)|both (red|white|black)|all (red|white|black)", re.I)
_PAIR = re.compile(r"probability (?:of|that)\s+(one|two|\d+) (red|white|black) and (one|two|\d+) (red|white|black)", re.I)
_FIRST = re.compile(r"第一次(?:摸到|取到|抽到)?\s*" + COLOURS + r"|first (?:one |ball )?is " + COLOURS, re.I)
_SECOND = re.compile(r"第二次(?:也)?(?:摸到|取到|抽到)?\s*" + COLOURS + r"|second (?:one |ball )?is " + COLOURS, re.I)
_COUNTED = re.compile(r"X\s*(?:为|是|be|is)\s*(?:the number of\s*)?(?:取到的|摸到的)?\s*(红|白|黑|黄|red|white|black)", re.I)
_GROUPS = re.compile(NUMBER + r"\s*名?(男生|男同学|男|红球|个红球)\s*(?:和|与|、|,)\s*" + NUMBER
                     + r"\s*名?(女生|女同学|女|白球|个白球)")
_GROUPS_EN = re.compile(r"(\d+)\s+(boys|men|red balls)\s+and\s+(\d+)\s+(girls|women|white balls)", re.I)
_CHOOSE = re.compile(r"(?:选|选出|抽取|取出|任取|choose|select|pick)\s*" + NUMBER
                     + r"\s*(?:人|名|个|people|students|balls)?", re.I)
_GROUP_AT_LEAST = re.compile(r"至少(?:有)?\s*" + NUMBER + r"\s*(?:名|个)?\s*(女|男|白|红)"
                             r"|at least (\w+) (girl|boy|woman|man|white|red)", re.I)

Found = tuple[str, str, str]


def num(s: str) -> int:
    """'5', '五' or 'five' → 5."""
    return int(s) if s.isdigit() else _CN[s.lower()]


def _ball_event(text: str) -> str:
    """What is asked of the balls drawn: one of each colour, exactly, at least, or all of one colour ('' if none)."""
    if m := _PAIR.search(text):
        return f"{m.group(2).lower()}={num(m.group(1))},{m.group(4).lower()}={num(m.group(3))}"
    if m := _EXACTLY.search(text):
        return f"{(m.group(2) or m.group(4)).lower()}={num(m.group(1) or m.group(3))}"
    if m := _AT_LEAST.search(text):
        return f"{(m.group(2) or m.group(4)).lower()}>={num(m.group(1) or m.group(3))}"
    if m := _ALL.search(text):
        return f"{(m.group(2) or m.group(3) or m.group(4)).lower()}=all"
    return ""


def _bag(text: str) -> list[Found]:
    """A bag of two colours, the balls drawn from it, and what is asked of them."""
    m = _BAG.search(text)
    if not m:
        return []
    out: list[Found] = [("bag", "bag", f"{m.group(2).lower()}:{num(m.group(1))},{m.group(4).lower()}:{num(m.group(3))}")]
    if k := _DRAW.search(text) or _DRAWN.search(text):
        out.append(("drawn", "count", str(num(k.group(1)))))
    if event := _ball_event(text):
        out.append(("asked_balls", "event", event))
    first, second = _FIRST.search(text), _SECOND.search(text)
    if first and second:
        out += [("first", "event", (first.group(1) or first.group(2)).lower()),
                ("second", "event", (second.group(1) or second.group(2)).lower())]
    if x := _COUNTED.search(text):
        out.append(("X", "random_variable", f"count({x.group(1).lower()})"))
    return out


def _groups(text: str) -> list[Found]:
    """Two groups to choose from (`5 名男生和 4 名女生`), how many are chosen, and at least how many of one."""
    m = _GROUPS.search(text) or _GROUPS_EN.search(text)
    if not m:
        return []
    out: list[Found] = [("groups", "groups", f"{m.group(2)}:{num(m.group(1))},{m.group(4)}:{num(m.group(3))}")]
    if k := _CHOOSE.search(text):
        out.append(("chosen", "count", str(num(k.group(1)))))
    if at := _GROUP_AT_LEAST.search(text):
        word = (at.group(3) or "").lower()
        need = num(at.group(1)) if at.group(1) else {"one": 1, "two": 2}.get(word) or (int(word) if word.isdigit() else 0)
        if need:
            out.append(("at_least", "event", f"{at.group(2) or at.group(4).lower()}>={need}"))
    return out


def draw_objects(text: str) -> list[Found]:
    """The objects of a draw, from the normalised text."""
    return _bag(text) + _groups(text)

"""Reading the counts that counting problems write in words: `5`, `五` or `five`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor_graph.specialist.problem import Problem

_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
NUMBER = r"(\d+|[一两二三四五六七八九十]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
# a row of people: `6 个人排成一排`, `Seven people line up`
ROW = NUMBER + r"\s*(?:个人|人|名同学|名学生|位同学|people|students)\s*(?:站成|排成|排队|stand|line|are lined|sit)"


def num(s: str) -> int:
    """'5', '五' or 'five' → 5."""
    return int(s) if s.isdigit() else _CN[s.lower()]


def count(p: Problem, name: str) -> int | None:
    """The count the Reading states under `name` (`row`, `balls`, `boxes` …: `reading.chance_words`), or None."""
    value = next((o["value"] for o in p.objects("count") if o["name"] == name), "")
    return int(value) if value.isdigit() else None

"""Rates, tables and picks of a probability problem, read from its words as objects (string work, no SymPy).

- `probability`: a named probability as written — `P(A)` and `P(B)` of two independent events ("命中率分别为 0.8 和
  0.7"), `P(win)` of one game of a match;
- `count` `wins_needed` (五局三胜制: 3) or `lead` (多赢 2 局: 2): how a match is won;
- `mixture` `sources`: shares and defect rates by source, `50%:1%,30%:2%,20%:3%`; `sources` `labels`: the
  sources' names `甲,乙,丙`; `event` `from`: the source asked about given a defective part (Bayes);
- `random_variable` `X` with value `table(1,2,3; 0.2,0.5,a)`: a distribution table;
- `set` `numbers` (`1,2,3,4`), `count` `picked` (2), `draw` `picks` (`at once` or `ordered`: drawn back, in turn,
  forming numbers, cards) and `event` `pick` (`sum parity 0`, `product >= 10`, `sum multiple 3`): numbers taken
  at once from a list, and the one event asked about their sum or product.

>>> rate_objects("甲、乙两人独立地解同一道题，解出的概率分别为 1/3 和 1/4，求恰有一人解出的概率。")
[('P(A)', 'probability', '1/3'), ('P(B)', 'probability', '1/4')]
"""

from __future__ import annotations

import re

_P = r"(\d*\.\d+|\d+\s*\\?%|\(\(\d+\)/\(\d+\)\)|\d+/\d+)"  # a probability: 0.3, 30%, 3/10 or ((3)/(10))
_PAIR = re.compile(r"(?:分别为|分别是|are|rates?|probabilities)\s*(0?\.\d+|\d+/\d+|\(\(\d+\)/\(\d+\)\))\s*(?:和|与|、|,|and)\s*"
                   r"(0?\.\d+|\d+/\d+|\(\(\d+\)/\(\d+\)\))")
_WIN = re.compile(r"(?:获胜|赢|wins?)[^.\d]{0,16}?(?:概率|probability)[^\d(]{0,6}(?:为|是|都是|of)?\s*"
                  r"(\d*\.\d+|\(\(\d+\)/\(\d+\)\)|\d+/\d+)")
_RATE = re.compile(r"(?:probability|概率)\s*(?:为|是|of)?\s*(\d*\.\d+|\(\(\d+\)/\(\d+\)\)|\d+/\d+)")
_WINS = {"三局两胜": 2, "五局三胜": 3, "七局四胜": 4, "best of three": 2, "best of 3": 2, "best of five": 3,
         "best of 5": 3, "best-of-three": 2, "best-of-five": 3}
_LEAD = re.compile(r"多赢\s*2\s*局|多胜\s*2\s*局|leads? by (?:2|two)|two (?:games )?ahead")
_SHARES = re.compile(rf"(?:占|makes?|produces?)\s*{_P}[^%\d]*?(?:次品率|不合格率|with|defect(?:ive)? rate)\s*"
                     rf"(?:为|是|of)?\s*{_P}")
_SOURCE = re.compile(r"([甲乙丙丁])(?:机床|车间|厂)?\s*生产的|[Mm]achine ([A-D])")
_BAYES = re.compile(r"已知[^.]*次品[^.]*(?:求|是)[^.]*([甲乙丙丁])|[Gg]iven (?:that )?(?:it|the part) is defective"
                    r"[^.]*machine ([A-D])")
_NUMS = r"(-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+)"
_ONE = r"(?:\d*\.\d+|\(\(\d+\)/\(\d+\)\)|a|\d+/\d+|0|1)"
_TABLE = re.compile(rf"(?:X\s*=\s*|takes\s*){_NUMS}[^\d(a]*?(?:概率分别为|with probabilities|probabilities)\s*"
                    rf"({_ONE}(?:\s*,\s*{_ONE})+)")
_LIST = r"\{?\s*((?:-?\d+\s*,\s*){2,9}-?\d+)\s*\}?"
_K = r"(两|二|三|2|3|two|three)"
_KS = {"两": 2, "二": 2, "三": 3, "2": 2, "3": 3, "two": 2, "three": 3}
_PICK_ZH = re.compile(r"从\s*(?:数字\s*)?" + _LIST + r"\s*(?:这\s*[一二三四五六七八九十\d]+\s*个(?:数字?)?\s*)?中\s*"
                      r"(?:随机|任意|等可能)?\s*地?\s*(?:任|随机)?\s*(?:取|选|抽)(?:出|取)?\s*" + _K
                      + r"\s*个\s*(?:不同的?)?\s*(?:数字?|整数)")
_PICK_EN = re.compile(_K + r"\s+(?:different\s+|distinct\s+)?(?:numbers|integers)\s+are\s+(?:randomly\s+)?"
                      r"(?:chosen|selected|drawn|picked|taken)(?:\s+at random)?\s+from\s+(?:the\s+(?:set|numbers|list)\s+)?"
                      + _LIST + r"|(?:choose|select|pick|take|draw)\s+" + _K + r"\s+(?:different\s+|distinct\s+)?"
                      r"(?:numbers|integers)(?:\s+at random)?\s+from\s+(?:the\s+(?:set|numbers|list)\s+)?" + _LIST, re.I)
# ordered draws, drawing back, forming multi-digit numbers or cards with extra rules are other problems
_OTHER = re.compile(r"放回|依次|先后|有序|两位数|三位数|组成|排成|第一次|第二次|卡片|replace|in order|one after|"
                    r"\b(?:first|second|digits?|form|cards?)\b", re.I)
_SUBJECT = r"(和|积|乘积|sum|product)"
_PARITY = re.compile(_SUBJECT + r"\s*(?:为|是|is|is an?)\s*(偶数|奇数|even|odd)", re.I)
_EQUAL = re.compile(_SUBJECT + r"\s*(?:为|是|等于|is|equals?|is equal to)\s*(-?\d+)(?!\s*的倍数|\s*的约数)", re.I)
_COMPARE = re.compile(_SUBJECT + r"\s*(?:is\s+)?(不小于|不大于|大于|小于|greater than|less than|at least|at most)\s*(-?\d+)",
                      re.I)
_MULTIPLE = re.compile(_SUBJECT + r"\s*(?:为|是|能被|is\s+(?:a\s+)?|is\s+divisible\s+by)\s*(?:multiple\s+of\s+)?(\d+)"
                       r"\s*(?:的倍数|整除)?", re.I)
_OPS = {"不小于": ">=", "at least": ">=", "不大于": "<=", "at most": "<=", "大于": ">", "greater than": ">", "小于": "<",
        "less than": "<"}
_JOINED = re.compile(r"且|或|并且|同时|至少|至多|恰|都|均|\b(?:and|or|both|exactly|at least|at most|neither|either)\b", re.I)

Found = tuple[str, str, str]


def _event(tail: str) -> tuple[str, str, int] | None:
    """(subject, kind, value) of the one event asked about, or None when there is not exactly one."""
    found: list[tuple[str, str, int]] = []
    for m in _PARITY.finditer(tail):
        found.append((m.group(1), "parity", 0 if m.group(2).lower() in ("偶数", "even") else 1))
    for m in _COMPARE.finditer(tail):
        found.append((m.group(1), _OPS[m.group(2).lower()], int(m.group(3))))
    for m in _MULTIPLE.finditer(tail):
        said = m.group(0).lower()
        if "倍数" in said or "multiple" in said or "divisible" in said or "整除" in said:
            found.append((m.group(1), "multiple", int(m.group(2))))
    found += [(m.group(1), "=", int(m.group(2))) for m in _EQUAL.finditer(tail)]
    if len(found) != 1:
        return None
    # a second condition joined to the event ("积为奇数且和为 10", "at least one is even") is not read: decline
    rest = _COMPARE.sub(" ", _PARITY.sub(" ", _MULTIPLE.sub(" ", _EQUAL.sub(" ", tail))))
    if _JOINED.search(rest):
        return None
    subject, kind, value = found[0]
    subject = "product" if subject.lower() in ("积", "乘积", "product") else "sum"
    if kind == "multiple" and not 2 <= value <= 20:
        return None
    return subject, kind, value


def _independent(text: str) -> list[Found]:
    m = _PAIR.search(text) if re.search(r"独立|independent|各|each", text, re.I) else None  # two events' rates
    return [("P(A)", "probability", m.group(1)), ("P(B)", "probability", m.group(2))] if m else []


def _match(text: str) -> list[Found]:
    out: list[Found] = []
    low = text.lower()
    if need := next((k for w, k in _WINS.items() if w in low), None):
        out.append(("wins_needed", "count", str(need)))
    elif _LEAD.search(text):
        out.append(("lead", "count", "2"))
    if out and (m := _WIN.search(text) or _RATE.search(text)):  # a match: the chance of winning one game
        out.insert(0, ("P(win)", "probability", m.group(1)))
    return out


def _mixture(text: str) -> list[Found]:
    groups = _SHARES.findall(text)
    if len(groups) < 2:
        return []
    out: list[Found] = [("sources", "mixture", ",".join(f"{a}:{b}" for a, b in groups))]
    labels = list(dict.fromkeys(a or b for a, b in _SOURCE.findall(text)))  # each source named once, in order
    if labels:
        out.append(("labels", "sources", ",".join(labels)))
    if bayes := _BAYES.search(text):
        out.append(("from", "event", bayes.group(1) or bayes.group(2)))
    return out


def _table(text: str) -> list[Found]:
    m = _TABLE.search(text)
    if not m:
        return []
    xs, ps = (",".join(v.strip() for v in g.split(",")) for g in (m.group(1), m.group(2)))
    return [("X", "random_variable", f"table({xs}; {ps})")]


def _picks(text: str) -> list[Found]:
    m = _PICK_ZH.search(text) or _PICK_EN.search(text)
    if m is None:
        return []
    groups = [g for g in m.groups() if g]
    listed = next(g for g in groups if "," in g)
    k = _KS[next(g for g in groups if "," not in g).lower()]
    out: list[Found] = [("numbers", "set", ",".join(re.split(r"\s*,\s*", listed.strip()))), ("picked", "count", str(k)),
                        ("picks", "draw", "ordered" if _OTHER.search(text) else "at once")]
    if event := _event(text[m.end():]):
        out.append(("pick", "event", " ".join(map(str, event))))
    return out


def rate_objects(text: str) -> list[Found]:
    """The objects of rates, tables and picks, from the normalised text."""
    return _independent(text) + _match(text) + _mixture(text) + _table(text) + _picks(text)

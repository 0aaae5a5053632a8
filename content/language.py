"""One language at a time: pick the Chinese or English half of a bilingual "中文 / English" text.

Results keep both languages in one string (method names "配方法 / Completing the square", notes,
verdict reasons, variant changes); readers show only the chosen half. Text handling only.

>>> one_language("基本不等式 / AM–GM inequality", "en")
'AM–GM inequality'
>>> one_language("基本不等式 / AM–GM inequality", "zh")
'基本不等式'
>>> one_language("过大或超时 / too large / timed out (over 2.5 s)", "en")
'too large / timed out (over 2.5 s)'
>>> one_language("a / b", "zh")
'a / b'
>>> one_language("只读懂了一部分（已知 a）。 / The problem was only partly read (已知 a).", "en")
'The problem was only partly read (已知 a).'
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_SEP = " / "


def has_cjk(text: str) -> bool:
    """True when the text holds any Chinese character or full-width punctuation."""
    return bool(_CJK.search(text or ""))


def split_bilingual(text: str) -> tuple[str, str] | None:
    """(Chinese, English) halves of a "中文 / English" text, or None when it is not one.

    The split is the first " / " with Chinese before it and none after it, so an English half that
    itself holds " / " stays whole. A Chinese half that names a bilingual part ("变式 / variants 尚不可用")
    keeps only that part's Chinese.
    """
    text = text or ""
    if _SEP not in text:
        return None
    pieces = text.split(_SEP)
    for k in range(1, len(pieces)):
        zh, en = _SEP.join(pieces[:k]), _SEP.join(pieces[k:])
        if has_cjk(zh) and not has_cjk(en) and en.strip():
            return _strip_inner_english(zh.strip()), en.strip()
    # An English half may quote the problem's own Chinese ("The problem was only partly read (已知 …)"): then the
    # split is the first " / " after Chinese text whose English half opens with a Latin word.
    for k in range(1, len(pieces)):
        zh, en = _SEP.join(pieces[:k]), _SEP.join(pieces[k:])
        if has_cjk(zh[-1:]) and _LATIN_START.match(en):
            return _strip_inner_english(zh.strip()), en.strip()
    return None


_LATIN_START = re.compile(r"[A-Z][a-z]+ ")


# "变式 / variants 尚不可用" inside a Chinese half: a short Latin gloss right after Chinese text.
_INNER = re.compile(r"(?<=[\u4e00-\u9fff）)]) / [A-Za-z][A-Za-z \-]{0,40}?(?=\s*[\u4e00-\u9fff：，。（(]|$)")


def _strip_inner_english(zh: str) -> str:
    return _INNER.sub("", zh)


def one_language(text: str, lang: str) -> str:
    """The half of a bilingual text in `lang` ("zh" or "en"); other text comes back unchanged."""
    halves = split_bilingual(text)
    if halves is None:
        return text or ""
    return halves[1] if lang == "en" else halves[0]

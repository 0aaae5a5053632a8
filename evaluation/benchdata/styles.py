"""Meaning-preserving rewrites of a claim's surface, so the benchmark sees the notation models and
students really use: math delimiters, \\dfrac, \\left( \\right), full-width characters, Chinese
punctuation and connectives, plain-text fractions and implications."""

from __future__ import annotations

import random
import re

_FULL_WIDTH = str.maketrans("0123456789+=()", "０１２３４５６７８９＋＝（）")


def _delimit(text: str, rng: random.Random) -> str:
    return rng.choice(["${}$", "\\({}\\)", "$${}$$", "\\[{}\\]"]).format(text)


def _dfrac(text: str, rng: random.Random) -> str:
    return text.replace("\\frac", "\\dfrac")


def _left_right(text: str, rng: random.Random) -> str:
    if "\\left" in text or "\\{" in text:
        return text
    return re.sub(r"(?<![\\\w])\(", r"\\left(", text).replace(")", "\\right)") if text.count("(") == text.count(
        ")") and "[" not in text and "]" not in text else text


def _plain_fractions(text: str, rng: random.Random) -> str:
    return re.sub(r"\\d?frac\{(\d+)\}\{(\d+)\}", r"(\1/\2)", text)


def _full_width(text: str, rng: random.Random) -> str:
    return text if "\\" in text else text.translate(_FULL_WIDTH)


def _connectives(text: str, rng: random.Random) -> str:
    text = text.replace("\\Rightarrow", rng.choice(["⇒", "=>", "所以", "\\implies"]))
    text = text.replace("\\Leftrightarrow", rng.choice(["⇔", "\\iff", "等价于"]))
    return text.replace(" 或 ", rng.choice([" 或 ", "或", " \\text{或} ", " or ", " \\text{ or } "]))


def _spaces(text: str, rng: random.Random) -> str:
    # never split the arrows and comparisons that contain "=" (=>, <=, >=, !=)
    return re.sub(r"(?<![<>!=])\s*([=+])\s*(?![=>])", lambda m: rng.choice([m.group(1), f" {m.group(1)} "]), text)


STYLES = [_dfrac, _left_right, _plain_fractions, _full_width, _connectives, _spaces]


def restyle(claim: str, context: str | None, rng: random.Random) -> tuple[str, str | None]:
    """Apply up to three random style rewrites to the claim, and Chinese punctuation to the context."""
    for style in rng.sample(STYLES, rng.randint(0, 3)):
        claim = style(claim, rng)
    if rng.random() < 0.25:
        claim = _delimit(claim, rng)  # last, so no other rewrite touches the delimiters
    if context and rng.random() < 0.4:
        context = context.replace(", ", rng.choice(["，", "; ", "，且 "]))
    return claim, context

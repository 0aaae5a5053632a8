"""The parts of an open-ended item: the stem and each (1)(2)… — a leaf of the reading layer, so the verified
rule (`verifying`, which the specialist's chains use) can split an answer by part without importing the reader."""

from __future__ import annotations

import re

_PART = re.compile(r"(?:^|(?<=[\s。．.;；:：]))[(（]\s*([1-4]|I{1,3}|Ⅰ|Ⅱ|Ⅲ)\s*[)）]")


def parts_of(text: str) -> list[tuple[str, str, int]]:
    """(label, text, offset): the stem and each part (1)(2)… of an open-ended item; one piece otherwise."""
    found = list(_PART.finditer(text))
    if len(found) < 2:
        return [("", text, 0)]
    pieces = [("", text[:found[0].start()], 0)]
    for n, m in enumerate(found):
        end = found[n + 1].start() if n + 1 < len(found) else len(text)
        pieces.append((f"({m.group(1)})", text[m.end():end], m.end()))
    return pieces

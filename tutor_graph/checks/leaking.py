"""Does a tutor message give away an answer? Decided symbolically, in the worker.

`find_leak(message, secrets, allowed)` reads every piece of mathematics in the message (each `$…$`
span, each run of formula characters outside them, the right side of each `E = V`, and all of them
joined by 或) and grades it against each secret (the final answer, the current step's targets) in any
equivalent form: `0.5` leaks `\\frac{1}{2}`, `{3, 2}` leaks `x=2 或 x=3`. A piece that grades equal to
something in `allowed` (what the student already produced, the problem's own givens) is not a leak.
"""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.checks.answers import extract_answer
from tutor_graph.checks.grading import judge

_SPAN = re.compile(r"\$([^$]+)\$")
_RUN = re.compile(r"[0-9A-Za-z\\{}()\[\]^_+\-*/=.,<>≤≥∞|'√ ]*[0-9][0-9A-Za-z\\{}()\[\]^_+\-*/=.,<>≤≥∞|'√ ]*")
_WORD_ANSWER = re.compile(r"^\s*[A-D]{1,4}\s*$")
MAX_PIECES = 40


def pieces(message: str) -> list[str]:
    """The pieces of mathematics in a message, largest first.

    >>> pieces("把 $x=1$ 代入，左边 = 2")
    ['x=1 或 2', 'x=1', '2', '1']
    """
    found: list[str] = [s.strip() for s in _SPAN.findall(message)]
    rest = _SPAN.sub(" ", message)
    found += [r.strip(" ,.=") for r in _RUN.findall(rest) if r.strip(" ,.=")]
    more: list[str] = []
    for piece in found:
        if "=" in piece and not re.search(r"[<>≤≥]", piece):
            more.append(piece.rsplit("=", 1)[1].strip())
        more += [p.strip() for p in re.split(r"[,，、;；]", piece) if p.strip() and p.strip() != piece]
    out: list[str] = []
    if len(found) > 1:
        out.append(" 或 ".join(found))
    for piece in found + more:
        if piece and piece not in out:
            out.append(piece)
    return out[:MAX_PIECES]


def _equal(reference: str, piece: str) -> bool:
    try:
        return judge(extract_answer(reference), extract_answer(piece)).correct
    except Exception:  # noqa: BLE001 - a piece our reader cannot take is not that answer
        return False


def find_leak(message: str, secrets: list[str], allowed: list[str] | None = None,
              steps: list[dict[str, str]] | None = None, given: list[str] | None = None) -> dict[str, Any]:
    """The first piece of `message` equal to a secret and to nothing allowed: {"leak": piece, "secret": s},
    or {"leak": None}. `steps` ({"answer", "claim"}) add each step's targets to the secrets. Choice letters
    (A–D) leak only when they stand alone as a piece. A piece that is, as written, one of the `given`
    formulas (the problem's own, the premise of the step's claim) is given material, not a leak; only
    its literal copy is exempt, so `(1+2i)(3-i)` may be quoted but `5+5i` may not."""
    from tutor_graph.checks.answering import echo_of, premise, squash, targets

    allowed = [a for a in (allowed or []) if a and a.strip()]
    # The given side of an identity step (`x^2-5x+6` when factoring it) is the problem's own material.
    allowed += [e for s in steps or [] if (e := echo_of(s["claim"])) and re.search(r"[a-zA-Z]", e)]
    secrets = list(secrets) + [t for s in steps or [] for t in targets(s["answer"], s["claim"])]
    literal = {squash(g) for g in [*(given or []), *(premise(s["claim"]) for s in steps or [])] if g and g.strip()}
    for piece in pieces(message):
        if squash(piece) in literal:
            continue
        for secret in secrets:
            if not secret or not secret.strip():
                continue
            if _WORD_ANSWER.match(extract_answer(secret)) and not _WORD_ANSWER.match(piece):
                continue
            if _equal(secret, piece) and not any(_equal(a, piece) for a in allowed):
                return {"leak": piece, "secret": secret}
    return {"leak": None}

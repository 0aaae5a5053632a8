"""Multiple-choice questions: split the stem from the options A–D, and answer with letters.

A solver that takes choice questions (`Solver.choices`) judges every option itself; a choice
question is only answered when every option could be read and judged.

>>> split_choices("下列为真的是( ). A. x>1 B. x<0 C. 1=1 D. 2<1")
('下列为真的是( ).', {'A': 'x>1', 'B': 'x<0', 'C': '1=1', 'D': '2<1'})
"""

from __future__ import annotations

import re

_OPTION = re.compile(r"(?<![A-Za-z_])([A-D])\s*[.．、:：]\s*")


def split_choices(text: str) -> tuple[str, dict[str, str]] | None:
    """(stem, {letter: option text}) when the text ends in options A, B, C(, D) in order, else None."""
    marks = [m for m in _OPTION.finditer(text)]
    # the options are the last run A, B, C, D in order
    letters = "ABCD"
    for start in range(len(marks)):
        run = marks[start:start + 4]
        if len(run) >= 3 and "".join(m.group(1) for m in run) == letters[:len(run)] and (start + len(run) == len(marks)):
            stem = text[: run[0].start()].strip()
            opts = {}
            for i, m in enumerate(run):
                end = run[i + 1].start() if i + 1 < len(run) else len(text)
                opts[m.group(1)] = text[m.end():end].strip(" ,.;")
            if all(opts.values()):
                return stem, opts
    return None


def letters(chosen: list[str]) -> str:
    """The answer as the grader reads it: letters in order, `AC`."""
    return "".join(sorted(chosen))

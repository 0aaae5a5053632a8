"""The one place that decides "verified", and back-substitution (代入检验) of a final answer into the Reading.

A solution is verified only when the reading is complete, every step with a claim is verified (none
refuted), the final answer survives back-substitution into every formal given (checked by the math
layer, independently of the method that found it), and it grades equal to an independent reference
where one exists. Back-substitution is the check that catches a true chain solving the wrong problem
("a+b 与 a 垂直" solved as a ⊥ b: every step true, the answer m = 2 breaks the given).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from tutor_graph.reading import vectors
from tutor_graph.result import Reading, Step

Checker = Callable[[str, list[str]], str]  # (claim, context) -> "verified" | "refuted" | "unknown"

NO_SOLUTION = re.compile(r"无(?:实数)?(?:根|解)|没有实数?(?:根|解)|no real (?:roots?|solutions?)|no solutions?|\\varnothing|∅", re.I)
# counting words after a number ("36 种"); never Latin letters: "2m" is twice the parameter m
_UNIT = re.compile(r"(?<=[0-9}$])\s*(?:种|个|人|条|名|位|天|元|次|项|场|本|件|组|对|张|块|只|米)\s*$")
# goal kinds whose answer is a value that can be put back into the givens
_VALUE_KINDS = ("value", "solve", "angle")


@dataclass
class BackCheck:
    """Outcome of back-substitution: status verified | refuted | unknown | partial | not_applicable."""

    status: str
    reason: str
    checks: list[tuple[str, str]] = field(default_factory=list)  # (claim checked, its status)

    @property
    def passed(self) -> bool:
        return self.status in ("verified", "not_applicable")


_COEFFICIENT_BOUND_S = 5.0  # multiplying out a power up to MAX_POWER (12) takes milliseconds
_COEFFICIENT_GIVEN = re.compile(r"\[.+?\]\(.+\)=.+")  # `[M](P)=N`: the coefficient of M in P is N (expansions.py)


def _default_checker(claim: str, context: list[str]) -> str:
    from tutor_graph.checks import TaskError, check_step, run_bounded

    if _COEFFICIENT_GIVEN.fullmatch(claim):
        try:  # multiplied out in the bounded pool: the checker's grammar has no coefficient notation
            return str(run_bounded("reading.coefficient_holds", claim, context, timeout_s=_COEFFICIENT_BOUND_S))
        except (TaskError, ValueError):
            return "unknown"
    return check_step(claim, context or None).status


def _value_of(answer: str, expression: str) -> str:
    """The bare value of a labelled answer: `m=7` → `7` when the goal asks for m; `$7$` → `7`."""
    answer = answer.strip().strip("$").strip()
    m = re.fullmatch(rf"\s*{re.escape(expression.strip())}\s*=\s*(.+)", answer) if expression else None
    return m.group(1).strip() if m else answer


def context_of(reading: Reading) -> list[str]:
    """The givens as the checker's context: every formal claim, plus the kind word of a named sequence."""
    context = [g["claim"] for g in reading["givens"] if g["claim"]]
    for obj in reading["objects"]:
        if obj["kind"] == "sequence" and obj["value"] in ("arithmetic", "geometric"):
            context.insert(0, "等差数列" if obj["value"] == "arithmetic" else "等比数列")
    return context


def coords_of(reading: Reading) -> vectors.Coords:
    out: vectors.Coords = {}
    for obj in reading["objects"]:
        if obj["kind"] == "vector" and obj["value"].startswith("("):
            out[obj["name"]] = tuple(c.strip() for c in obj["value"].strip("()").split(","))
    return out


def back_substitute(reading: Reading, answer: str, check: Checker | None = None) -> BackCheck:
    """Put the final answer back into the Reading's givens and goal, each checked by the math layer."""
    check = check or _default_checker
    if not reading.get("complete"):
        return BackCheck("partial", "题目未完全读懂，不能验证 / the reading is partial: nothing can be verified")
    goals = reading["goals"]
    if len(goals) > 1:
        return _each_goal(reading, answer, check)
    if len(goals) != 1:
        return BackCheck("unknown", "没有所求 / no goal")
    goal = goals[0]
    if goal["kind"] not in _VALUE_KINDS or not goal["expression"] or not answer.strip():
        return BackCheck("not_applicable", "所求不是一个值，无可代入 / the goal is not a value to substitute")
    if any(o["kind"] == "vector" and not o["value"] for o in reading["objects"]):
        # |a|, a·b of vectors without coordinates would be read as numbers by the checker: not substituted
        return BackCheck("unknown", "向量无坐标，不能逐条代入 / vectors without coordinates cannot be substituted back")
    if reading["options"] and answer.strip().strip("$").strip() in reading["options"]:
        answer = reading["options"][answer.strip().strip("$").strip()]  # a letter stands for its option
    answer = _UNIT.sub("", answer)  # "36 种": the number is the answer, the counting word is not math
    context = context_of(reading)
    expression = goal["expression"]
    if re.fullmatch(r"\s*[ABC]\s*", expression) and any(o["kind"] == "triangle" for o in reading["objects"]):
        # "求角 C": the checker reads the laws' cos C but not an angle in degrees put back into them
        return BackCheck("unknown", "三角形的角不代入检验 / a triangle's angle is not back-substituted")
    answer = answer.replace("$", " ").strip()
    value = _value_of(answer, expression)
    checks: list[tuple[str, str]] = []
    named = re.fullmatch(r"\s*([A-Za-z](?:_\{?[0-9a-z+]+\}?)?)\s*=\s*[^=,]+", answer)
    if goal["kind"] == "value" and named and re.fullmatch(r"[A-Za-z](?:_\{?[0-9a-z+]+\}?)?", expression.strip()) \
            and re.sub(r"[{}\s]", "", named.group(1)) != re.sub(r"[{}\s]", "", expression):
        # "a_n=2^n-1" for the asked a_5: a true statement about another quantity is not this answer
        return BackCheck("refuted", f"答的不是所求的 {expression} / the answer names {named.group(1)}, not {expression}")
    if goal["kind"] == "solve":
        if NO_SOLUTION.search(answer):
            claim = f"{expression} 的解集为 \\varnothing"
        else:
            claim = f"{expression} ⇔ {answer}" if "," not in expression else f"{expression} ⇒ {answer}"
        checks.append((claim, check(claim, context)))
    elif goal["kind"] == "angle":
        m = re.fullmatch(r"\\langle\s*(.+?),\s*(.+?)\s*\\rangle", expression)
        coords = coords_of(reading)
        d = m and vectors.dot(m.group(1), m.group(2), coords)
        n1, n2 = (vectors.norm(m.group(k), coords) for k in (1, 2)) if m else (None, None)
        if not (d and n1 and n2):
            return BackCheck("unknown", "夹角无法代入检验 / the angle cannot be substituted back")
        claim = f"\\cos({value})=({d})/(({n1})*({n2}))"
        checks.append((claim, check(claim, [])))
    elif _NAMES.fullmatch(expression) and (values := _assignments(answer, expression)):
        # "求 p,q" answered "p=-2, q=5": every given that mentions them, with all of them put in
        definitions = [g["claim"] for g in reading["givens"] if g["claim"] and g["kind"] == "definition"]
        for given in reading["givens"]:
            if given["claim"] and given["kind"] != "definition" and any(_mentions(given["claim"], n) for n in values):
                checks.append((given["claim"], check(given["claim"], [*definitions, *values.values()])))
        if not checks:
            return BackCheck("unknown", "没有可代入的已知 / no given mentions the unknowns")
    else:
        # a vector asked by its coordinates (|2a-b|, cos〈a,b〉) is checked as the number it stands for
        direct = f"{vectors.scalar_form(expression, coords_of(reading))}={value}"
        checks.append((direct, check(direct, context)))
        # the answer put into every relation it must satisfy, one by one
        if re.fullmatch(r"[A-Za-z](?:_\{?\w+\}?)?", expression.strip()):
            definitions = [g["claim"] for g in reading["givens"] if g["claim"] and g["kind"] == "definition"]
            for given in reading["givens"]:
                if given["claim"] and given["kind"] != "definition" and _mentions(given["claim"], expression.strip()):
                    status = check(given["claim"], [*definitions, direct])
                    if status == "refuted" and given["text"].startswith("△") and \
                            _free_letters(given["claim"], [*definitions, direct]) & set("abcABC"):
                        # a triangle's law of cosines with a side or angle still unknown ("a²=b²+c²-2bc·cos A",
                        # c not given) is false for most values of it: undecided here, not refuted
                        status = "unknown"
                    checks.append((given["claim"], status))
            if len(checks) > 1 and checks[0][1] == "unknown" and all(s == "verified" for _, s in checks[1:]):
                checks[0] = (checks[0][0], "verified")  # several solutions: each given holds at this one
    statuses = [s for _, s in checks]
    if "refuted" in statuses:
        bad = next(c for c, s in checks if s == "refuted")
        return BackCheck("refuted", f"代入检验不成立 / back-substitution fails: {bad}", checks)
    if all(s == "verified" for s in statuses):
        return BackCheck("verified", "代入检验成立 / the answer satisfies every given", checks)
    return BackCheck("unknown", "代入检验未能判定 / back-substitution undecided", checks)


_NAMES = re.compile(r"\s*[A-Za-z]\s*(?:(?:,|，|和|与|and)\s*[A-Za-z]\s*)+")


def _assignments(answer: str, expression: str) -> dict[str, str]:
    """`{"p": "p=-2", "q": "q=5"}` when the answer assigns every name of `p,q`, else {}.

    >>> _assignments("p=-2, q=5", "p,q"), _assignments("p=-2", "p 和 q")
    ({'p': 'p=-2', 'q': 'q=5'}, {})
    """
    names = re.findall(r"[A-Za-z]", re.sub(r"\band\b", ",", expression))
    found = {m.group(1): f"{m.group(1)}={m.group(2).strip()}"
             for m in re.finditer(r"(?<![A-Za-z])([A-Za-z])\s*=\s*([^=,，;；]+)", answer)}
    return found if names and set(found) == set(names) else {}


def _mentions(claim: str, name: str) -> bool:
    """Whether the given `claim` mentions the unknown `name`; in a coefficient given a product may be written
    without a sign between letters (`(1+ax)(1+x)^5`: a·x), elsewhere `ab` is not `a`."""
    after = "" if _COEFFICIENT_GIVEN.fullmatch(claim) and len(name) == 1 else "(?![A-Za-z])"
    return re.search(rf"(?<![A-Za-z\\]){re.escape(name)}{after}", claim) is not None


_LETTER = re.compile(r"(?<![A-Za-z\\])([A-Za-z])(?![A-Za-z])")


def _free_letters(claim: str, known: list[str]) -> set[str]:
    """Single-letter names in `claim` that no `name = …` of `known` fixes.

    >>> sorted(_free_letters("a^2=b^2+c^2-2*b*c*\\cos(A)", ["A=30°", "a=2", "b=2\\sqrt{2}"]))
    ['c']
    """
    fixed = {m.group(1) for k in known if (m := re.match(r"\s*([A-Za-z])\s*=", k))}
    return {m.group(1) for m in _LETTER.finditer(claim)} - fixed


def _each_goal(reading: Reading, answer: str, check: Checker | None) -> BackCheck:
    """Several goals: each goal's part of the answer ("（1）…；（2）…") put back into that goal's own reading."""
    from tutor_graph.reading.goals import UNANSWERED, labels, split_answer, sub_reading

    parts = split_answer(answer, labels(reading["goals"]))
    if parts is None:
        return BackCheck("unknown", "多个所求，需逐个检验 / several goals: each must be checked on its own")
    checks: list[tuple[str, str]] = []
    for goal, part in zip(reading["goals"], parts, strict=True):
        if not part or part in UNANSWERED:
            return BackCheck("unknown", f"有一问未解答 / a part is not answered: {goal['text']}", checks)
        one = back_substitute(sub_reading(reading, goal), part, check)
        checks += one.checks
        if not one.passed:
            return BackCheck(one.status, f"{goal['text']}: {one.reason}", checks)
    return BackCheck("verified", "每一问都通过代入检验 / every part survives back-substitution", checks)


def steps_verified(steps: Iterable[Step]) -> bool:
    """Every step with a claim verified and none refuted (steps without a claim have nothing to check)."""
    steps = list(steps)
    return bool(steps) and all(
        s["verdict"]["status"] == "verified" if s["claim"] else s["verdict"]["status"] != "refuted" for s in steps
    )


def decide_verified(steps: Sequence[Step] | Sequence[Mapping], final_answer: str, reading: Reading | None = None,
                    reference_agrees: bool | None = None, check: Checker | None = None) -> tuple[bool, str]:
    """Whether a solution counts as verified, and why not. The single rule every caller uses.

    `reading=None` (a caller without a Reading, e.g. a chain edited by hand) decides on the steps and the
    reference only; the solve graph always passes its Reading, so there the reading must be complete and
    the answer must survive back-substitution.
    """
    if not final_answer or not str(final_answer).strip():
        return False, "没有最终答案 / no final answer"
    if not any(s["claim"] for s in steps):  # nothing was checked: nothing can count as verified
        return False, "没有可检验的步骤 / no step has a checkable claim"
    if not steps_verified(steps):  # type: ignore[arg-type]
        return False, "并非每一步都已验证 / not every step is verified"
    if reference_agrees is False:
        return False, "与独立计算的参考答案不符 / differs from the independent reference"
    if reading is None:
        return True, ""
    back = back_substitute(reading, str(final_answer), check)
    if not back.passed:
        return False, back.reason
    return True, back.reason

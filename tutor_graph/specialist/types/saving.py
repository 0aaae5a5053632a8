"""Save an edited chain as a new method of its problem type: the concrete values become `@{name}` fields.

The chain editor's steps hold this problem's numbers. Each number that is one of the type's computed
values is replaced by that value's field (the longest values first), the method is limited to problems of
the same shape (the type's flags as they are for this problem), and it is accepted only when every claim
it renders is verified on this problem and on each of the type's test instances of that shape.
Runs in the math layer's bounded worker (task `specialist.generalise_method`).
"""

from __future__ import annotations

import re
from typing import Any

from tutor_graph.specialist.chain import Chain, verify
from tutor_graph.specialist.types.problem_type import build_chain
from tutor_graph.specialist.types.template import TemplateMethod, TypeTemplate, Values

INDEX_NAMES = frozenset({"i", "j", "k", "idx", "n", "best", "s", "t"})  # values the types use as subscripts
MAX_TRIES = 24  # readings of ambiguous numbers tried before giving up
_WHOLE = r"(?<![A-Za-z0-9.\\]){}(?![A-Za-z0-9.])"  # a number on its own (`a_10`'s 10 included)
_SUBSCRIPT = re.compile(r"(?:_\{?|\^\{?)$")


def _names(values: Values, claim: bool) -> list[str]:
    """Value names usable in a claim (plain forms, and values with one form) or in text (LaTeX forms)."""
    # numbers and expressions with a number in them: never bare letters such as the `a` of `a_n`
    usable = [k for k, v in values.items() if isinstance(v, str) and re.search(r"\d", v) and "\n" not in v]
    if not claim:
        return [k for k in usable if not k.endswith("_plain")]
    return [k for k in usable if k.endswith("_plain") or f"{k}_plain" not in values]


Choice = dict[tuple[int, str, bool], str]  # (step, value, in a subscript) -> the name chosen for it


def _candidates(values: Values, claim: bool) -> dict[tuple[str, bool], list[str]]:
    """For each value and place (subscript or not), the names it could stand for, likeliest first; "" keeps
    the number as written (first for the 1 of `a_1`, last elsewhere)."""
    out: dict[tuple[str, bool], list[str]] = {}
    for name in _names(values, claim):
        for sub in (True, False):
            out.setdefault((str(values[name]), sub), []).append(name)
    for (value, sub), names in out.items():
        names.sort(key=lambda n: (n.removesuffix("_plain") in INDEX_NAMES) != sub)
        names.insert(0 if (value, sub) == ("1", True) else len(names), "")
    return out


def _fields(text: str, values: Values, claim: bool, choice: Choice, linked: dict[str, str] | None = None,
            used: dict[str, str] | None = None, step: int = -1) -> str:
    """Replace every whole occurrence of a computed value by its `@{name}` field (longest values first).

    `linked` (value -> name) carries the names the step's claim chose, so a question's "3" is the claim's;
    `used` collects the names chosen here."""
    cands = _candidates(values, claim)
    text_names = set(_names(values, False))
    out = text
    placed: dict[str, str] = {}
    for value in sorted({v for v, _ in cands}, key=len, reverse=True):
        pattern = re.compile(_WHOLE.format(re.escape(value)))

        def swap(m: re.Match[str], value: str = value) -> str:
            key = (value, bool(_SUBSCRIPT.search(m.string[:m.start()])))
            name = choice.get((step, *key), cands[key][0])
            link = (linked or {}).get(value, "").removesuffix("_plain")
            if not claim and not key[1] and link in text_names:
                name = link
            if not name:
                return m.group(0)
            if used is not None:
                used[value] = name
            token = chr(0xE000 + len(placed))  # a private-use character: no later value can match inside it
            placed[token] = "@{" + name + "}"
            return token

        out = pattern.sub(swap, out)
    for token, field in placed.items():
        out = out.replace(token, field)
    return out


def _ambiguous(solution: dict[str, Any], values: Values) -> list[tuple[tuple[int, str, bool], list[str]]]:
    """The numbers in each step's claim that could stand for more than one value, with their candidate names."""
    claims = [str(s.get("claim") or "") for s in solution.get("steps") or []]
    return [((i, *key), names) for i, c in enumerate(claims) for key, names in _candidates(values, True).items()
            if len(names) > 1 and re.search(_WHOLE.format(re.escape(key[0])), c)]


def _method(solution: dict[str, Any], values: Values, name_zh: str, name_en: str,
            template: TypeTemplate, choice: Choice) -> TemplateMethod:
    steps = []
    opening = True  # the steps before the first claim are the chain's idea questions, answered in words
    for i, step in enumerate(solution.get("steps") or []):
        used: dict[str, str] = {}
        claim = _fields(step.get("claim", "") or "", values, True, choice, used=used, step=i)
        question = _fields(step.get("question", ""), values, False, choice, used)
        opening = opening and not claim
        steps.append({
            "idea": opening,
            "question_zh": question, "question_en": question,
            "answer": _fields(step.get("answer", ""), values, False, choice, used) or "—",
            "claim": claim,
            "knowledge_points": list(step.get("knowledge_points") or template.knowledge_points),
            "hints": [{"zh": _fields(h, values, False, choice, used)} for h in (step.get("hints") or [])[:3] if h.strip()],
        })
    flags = {k: v for k, v in values.items() if isinstance(v, bool)}
    return TemplateMethod.model_validate({
        "name_zh": name_zh, "name_en": name_en, "steps": steps,
        "final_answer": _fields(solution.get("final_answer", ""), values, False, choice),
        "when": sorted(k for k, v in flags.items() if v), "unless": sorted(k for k, v in flags.items() if not v),
    })


def _failures(method: TemplateMethod, template: TypeTemplate, values: Values, reference: Any, where: str) -> list[str]:
    chain = Chain(method=(method.name_zh, method.name_en), knowledge_points=template.knowledge_points)
    try:
        build_chain(chain, method, template, values, reference)
    except ValueError as exc:
        return [f"{where}: {exc}"]
    solution = verify(chain, "zh")
    errors = [f"{where} → 第 {i} 步 / step {i}: {s['claim']!r} {s['verdict']['status']}"
              for i, s in enumerate(solution["steps"], 1) if s["claim"] and s["verdict"]["status"] != "verified"]
    if not solution["verified"] and not errors:
        errors.append(f"{where}: 最终答案未通过检验 / final answer not verified: {solution['final_answer']!r}")
    return errors


def _renumbered(text: str, how: str) -> str:
    """The problem with its numbers changed (`shift`: every number + 1, subscripts too; `scale`: values doubled,
    subscripts kept): the same shape, other values."""
    if how == "shift":
        return re.sub(r"(?<![\d.])\d+(?![\d.])", lambda m: str(int(m.group(0)) + 1), text)
    return re.sub(r"(?<![\w.{])\d+(?![\w.]|\.\d)", lambda m: str(2 * int(m.group(0))), text)


def _check_everywhere(ptype: Any, method: TemplateMethod, template: TypeTemplate, problem: str,
                      params: Any) -> tuple[list[str], int]:
    """Failures of the method on this problem, on copies of it with other numbers, and on each test instance
    of the same shape; and how many problems were checked. The copies tell apart two values that happen to
    be equal here (a_1 = 3 and three steps): only the right field renders a true claim on all of them."""
    from tutor_graph.specialist import recognise

    errors = _failures(method, template, ptype.values(params), ptype.reference(params), "本题 / this problem")
    checked = 1
    others = [(f"本题换数（{how}）/ this problem renumbered ({how})", _renumbered(problem, how)) for how in ("shift", "scale")]
    others += [(f"测试题 {n + 1} / test instance {n + 1}", i.text) for n, i in enumerate(template.instances)]
    for where, text in others:
        other = recognise(text)
        if other is None or other.type_id != ptype.type_id:
            continue
        other_values = ptype.values(other._data["params"])
        if not method.fits(other_values):
            continue  # another shape of the type: the method is not used there
        checked += 1
        errors += _failures(method, template, other_values, ptype.reference(other._data["params"]), where)
    return errors, checked


def generalise(problem: str, solution: dict[str, Any], name_zh: str, name_en: str = "") -> dict[str, Any]:
    """The edited chain as a checked method of the problem's type: `{ok, type_id, method, checked_on, errors}`."""
    from tutor_graph.specialist import recognise
    from tutor_graph.specialist.types import all_types

    rec = recognise(problem)
    ptype = next((t for t in all_types() if rec is not None and t.type_id == rec.type_id), None)
    if rec is None or ptype is None:
        return {"ok": False, "type_id": rec.type_id if rec else "", "method": None, "checked_on": 0,
                "errors": ["没有识别出这道题的题型，没有可以添加解法的模板 / no problem type (and so no template) was recognised for this problem"]}
    if not name_zh.strip():
        return {"ok": False, "type_id": ptype.type_id, "method": None, "checked_on": 0,
                "errors": ["请给解法起一个名字 / the method needs a name"]}
    params = rec._data["params"]
    values, template = ptype.values(params), rec._data["template"]
    # one reading of the numbers, then each ambiguous number's other readings one at a time (kept if fewer
    # checks fail): the renumbered copies show which value a number stands for
    choice: Choice = {}
    try:
        method = _method(solution, values, name_zh.strip(), name_en.strip(), template, choice)
    except ValueError as exc:
        return {"ok": False, "type_id": ptype.type_id, "method": None, "checked_on": 0, "errors": [str(exc)]}
    errors, checked = _check_everywhere(ptype, method, template, problem, params)
    tries = 1
    for key, names in _ambiguous(solution, values):
        failing = {int(n) - 1 for n in re.findall(r"step (\d+)", " ".join(errors))}
        if key[0] not in failing:
            continue  # only a failing step's numbers are read again
        for name in names[1:]:
            if not errors or tries >= MAX_TRIES:
                break
            trial = {**choice, key: name}
            candidate = _method(solution, values, name_zh.strip(), name_en.strip(), template, trial)
            found, count = _check_everywhere(ptype, candidate, template, problem, params)
            tries += 1
            if len(found) < len(errors):
                choice, method, errors, checked = trial, candidate, found, count
    return {"ok": not errors, "type_id": ptype.type_id, "method": method.model_dump(mode="json", exclude_defaults=True),
            "checked_on": checked, "errors": errors}

"""Strategy for choice questions: compute the asked value, then the one option equal to it (worker side)."""

from __future__ import annotations

from tutor_graph.specialist.chain import Chain


def match_option(found: tuple[Chain, str], options: dict[str, str]) -> tuple[Chain, str] | None:
    """The letter of the single option that grades equal to the computed value; None if not exactly one."""
    from tutor_graph.checks.grading import judge

    chain, value = found
    letters = [k for k, text in options.items() if text and judge(value, text).correct]
    if len(letters) != 1:
        return None
    letter = letters[0]
    chain.ask(("哪个选项与算得的结果相等？", "Which option equals the result?"),
              (f"{letter}（{options[letter]}）", f"{letter} ({options[letter]})"),
              f"{value} = {options[letter]}", kps=(),
              hints=[("逐个比较选项与结果。", "Compare each option with the result.")], context=())
    return chain, letter

"""The symbolic specialist: recognise common senior-high problem types and build verified,
teachable question chains with SymPy, no model at all (the on-device half of 端云联动).

Public API:
    recognise(text) -> Recognition | None
    solve_symbolically(text, max_methods=2, lang="zh") -> list[Solution]   ([] when not recognised)
    solve_step(text, question, context=None, lang="zh") -> Step | None
    iter_solutions(...)   yields the same solutions one at a time (first question sooner)
    plan_symbolically(...) the chains unchecked, for an instant first question

Every step's claim is checked with `tutor_graph.checks.check_step` and its verdict stored as is;
each solution's final answer is graded against an answer SymPy computed independently.
"""

from tutor_graph.bounded_tasks import register_tasks
from tutor_graph.specialist.recognition import Recognition, recognise
from tutor_graph.specialist.solving import iter_solutions, plan_symbolically, solve_step, solve_symbolically

register_tasks()  # callers of this public module may run its calls through `checks.run_bounded`

__all__ = ["Recognition", "iter_solutions", "plan_symbolically", "recognise", "solve_step", "solve_symbolically"]

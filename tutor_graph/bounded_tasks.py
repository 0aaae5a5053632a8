"""The work this package asks the math layer to run in its bounded pool: the symbolic specialist's calls and
the reading layer's general strategies, registered by name so the math layer itself names none of them.

Light on purpose (imports only `tutor_graph.checks.tasks`): the graph and the app register these without
loading the specialist or SymPy, which only the pool's workers import.
"""

from __future__ import annotations

from tutor_graph.checks.tasks import register_task

# name -> (module:function, warm-up arguments or None)
BOUNDED_TASKS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    # The warm-up imports the specialist and its problem types in every worker before it says it is ready,
    # so the first guiding question does not wait for them.
    "specialist.recognise": ("tutor_graph.specialist:recognise", ("解方程 x^2-5x+6=0",)),
    "specialist.solve_symbolically": ("tutor_graph.specialist:solve_symbolically", None),
    "specialist.plan_symbolically": ("tutor_graph.specialist:plan_symbolically", None),
    "specialist.solve_step": ("tutor_graph.specialist:solve_step", None),
    "reading.answer": ("tutor_graph.reading.strategies:answer", None),
    # back-substitution into a coefficient given `[x^7]((x+a)^{10})=15`, which the checker's grammar has no word for
    "reading.coefficient_holds": ("tutor_graph.reading.expansions:coefficient_holds", None),
    # an edited chain saved as a new method of its problem type (chain editor), checked on the type's instances
    "specialist.generalise_method": ("tutor_graph.specialist.types.saving:generalise", None),
}


def register_tasks() -> None:
    """Register the specialist's and the reading layer's bounded tasks (idempotent, cheap)."""
    for name, (path, warmup) in BOUNDED_TASKS.items():
        register_task(name, path, warmup)

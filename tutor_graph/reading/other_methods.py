"""一题多解 for the general strategies (worker side): genuinely different second methods, tried after the first.

The first strategy that answers a Reading gives the main chain; then every method registered here for the
goal's kind is tried on the same Reading. Each is another idea, not the same computation reordered (comparing
parts instead of dividing, the moduli instead of the number, the general term instead of multiplying out),
written as a question chain (an idea question first, 2–3 hint rungs per step) whose every claim the checker
decides. A second method's answer is graded against the first method's, so it is verified only when it
agrees with an answer found another way; one that fails or raises is left out without touching the first.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from tutor_graph.reading import (
    complex_methods,
    complex_properties,
    expansion_terms,
    set_methods,
    triangle_methods,
    trig_methods,
    vector_methods,
    word_methods,
)
from tutor_graph.reading.strategy_parts import Failed
from tutor_graph.result import Reading
from tutor_graph.specialist.chain import Chain

log = logging.getLogger(__name__)

Found = tuple[Chain, str]
Method = Callable[[Reading, str, Callable], "Found | None"]


def _complex(method: Callable, kind: str) -> Method:
    def other(reading: Reading, expression: str, reading_step: Callable) -> Found | None:
        return method(reading, kind, expression, reading_step)

    return other


# goal kind -> the second methods that may apply, in the order they are offered
OTHER_METHODS: dict[str, tuple[Method, ...]] = {
    **{kind: (_complex(complex_methods.by_parts, kind),) for kind in ("conjugate", "imaginary", "real")},
    "modulus": (_complex(complex_methods.by_modulus, "modulus"), _complex(complex_methods.by_parts, "modulus")),
    "value": (_complex(complex_methods.by_parts, "value"), _complex(complex_methods.by_modulus, "value"),
              expansion_terms.by_general_term, set_methods.by_elements, word_methods.by_other_idea,
              _complex(complex_properties.conjugate_product, "value"), _complex(complex_properties.real_unknowns, "value"),
              vector_methods.by_dot_expansion, set_methods.by_test_points, trig_methods.by_tangent,
              triangle_methods.by_coordinates, triangle_methods.by_sines),
    "choice": (set_methods.by_elements, _complex(complex_properties.real_unknowns, "choice"), set_methods.by_test_points),
    "coefficient": (expansion_terms.by_general_term,),
}


def other_methods(reading: Reading, first: Found, reading_step: Callable, max_methods: int = 3,
                  deadline: float | None = None) -> list[Found]:
    """Second methods for the goal of `reading` whose names differ from the first method's, each done with the
    first method's answer as its reference (a choice item's answer is the option letter, as the first's); none
    is started after `deadline` (`time.monotonic()`)."""
    from tutor_graph.reading.choosing import match_option

    goal = reading["goals"][0]
    first_chain, first_answer = first
    names = {first_chain.method}
    out: list[Found] = []
    for method in OTHER_METHODS.get(goal["kind"], ()):
        if len(out) >= max_methods or (deadline is not None and time.monotonic() > deadline):
            break
        try:
            found = method(reading, goal["expression"], reading_step)
            if found and reading["options"] and found[1] not in reading["options"]:
                found = match_option(found, reading["options"])
        except (Failed, ValueError, TypeError, NotImplementedError, ZeroDivisionError, RecursionError, AttributeError,
                KeyError, IndexError) as exc:
            log.info("second method %s failed: %s", getattr(method, "__name__", method), exc)
            found = None
        if not found or found[0].method in names:
            continue
        chain, shown = found
        names.add(chain.method)
        chain.done(shown, first_answer)  # graded against the first method's answer: found another way
        out.append((chain, shown))
    return out

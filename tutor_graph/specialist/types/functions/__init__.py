"""函数的概念与性质 / Functions: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins):
1. `piecewise` — 分段函数求值（含 f(f(a))）或解 f(a)=c (needs a piecewise definition of f with two to four
   non-overlapping pieces; from `function_props.py`, priority 46).

The module enters the specialist's order as one block at priority 46 (`BLOCK_PRIORITY`), the priority
`function.piecewise` had. At 46 the only other solver is `function.substitution` (`function_rules.py`, not yet
moved): it needs f(g(x)) = … given, which no piecewise definition is, so the two are disjoint (checked by the bank
diff and the type tests).
"""

from __future__ import annotations

from tutor_graph.specialist.types.functions import piecewise
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (piecewise.TYPE,)

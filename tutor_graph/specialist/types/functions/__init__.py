"""函数的概念与性质 / Functions: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The order is
the old one (priority 47 before 46); the detectors are disjoint, so it decides nothing yet:
1. `extension` (`function.parity_extension`) — 奇（偶）函数已知 x>0 时的解析式，求 f(负数) (needs 奇函数/偶函数,
   "当 x>0 时 f(x)=…" and no period; from `function_props.py`, priority 47).
2. `periodic` (`function.periodic_value`) — 周期的奇（偶）函数求 f(n) (needs 奇函数/偶函数, a period and one
   known value; from `function_forms.py`, priority 47). `extension` declines a period, so the two are disjoint.
3. `piecewise` — 分段函数求值（含 f(f(a))）或解 f(a)=c (needs a piecewise definition of f with two to four
   non-overlapping pieces; from `function_props.py`, priority 46).

The module enters the specialist's order as one block at priority 47 (`BLOCK_PRIORITY`), the higher of the two.
Ties at 47 go to the solvers not yet moved (`function_forms.py`, `function_rules.py`: periodic values need a
period, which `extension` declines; the odd part and abstract inequalities name no "当 x>0 时 f(x)=…" with a
value f(−a) asked); `piecewise` moves up from 46 past `function.substitution` (46), which needs f(g(x)) = … given,
never a piecewise definition. Both checked by the bank diff and the type tests.
"""

from __future__ import annotations

from tutor_graph.specialist.types.functions import extension, periodic, piecewise
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (extension.TYPE, periodic.TYPE, piecewise.TYPE)

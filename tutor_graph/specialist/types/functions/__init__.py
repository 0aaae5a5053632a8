"""函数的概念与性质 / Functions: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The order is
the old one (priority 47 before 46); the detectors are disjoint, so it decides nothing yet:
1. `extension` (`function.parity_extension`) — 奇（偶）函数已知 x>0 时的解析式，求 f(负数) (needs 奇函数/偶函数,
   "当 x>0 时 f(x)=…" and no period; from `function_props.py`, priority 47).
2. `periodic` (`function.periodic_value`) — 周期的奇（偶）函数求 f(n) (needs 奇函数/偶函数, a period and one
   known value; from `function_forms.py`, priority 47). `extension` declines a period, so the two are disjoint.
3. `odd_part` (`function.odd_part`) — f(x) = 奇函数 + 常数，已知 f(v) 求 f(−v) (a body with letters whose
   non-constant part is odd; from `function_forms.py`, priority 47). Its letters besides x are what
   `extension` (a formula in x alone) declines.
4. `domain` (`function.domain`) — 求函数的定义域 (names 定义域/domain and a function defined everywhere by one
   elementary formula; from `functions.py`, priority 40, lifted to the block's 47: the other types here never ask
   for a domain, and no solver at 41–47 takes a 定义域 question — checked by the bank diff).
5. `piecewise` — 分段函数求值（含 f(f(a))）或解 f(a)=c (needs a piecewise definition of f with two to four
   non-overlapping pieces; from `function_props.py`, priority 46).
6. `abs_zeros`, `zeros` — 含 |x| 的函数的全部零点；多项式函数的零点 (need 零点/zeros and one definition f(x)=…, with
   |x| its only absolute value / without any; from `zero_count.py`, priorities 45 and 44, lifted to 47: no type above
   reads 零点, and `function.substitution` (46) needs f(g(x)) = … — checked by the bank diff and the type tests).

The module enters the specialist's order as one block at priority 47 (`BLOCK_PRIORITY`), the highest its types had.
Ties at 47 go to the solvers not yet moved (`function_rules.py`: abstract inequalities name no "当 x>0 时 f(x)=…" with a
value f(−a) asked); `piecewise` moves up from 46 past `function.substitution` (46), which needs f(g(x)) = … given,
never a piecewise definition. Both checked by the bank diff and the type tests.
"""

from __future__ import annotations

from tutor_graph.specialist.types.functions import (
    abs_zeros,
    domain,
    extension,
    odd_part,
    periodic,
    piecewise,
    zeros,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    extension.TYPE, periodic.TYPE, odd_part.TYPE, domain.TYPE, piecewise.TYPE,
    abs_zeros.TYPE, zeros.TYPE,
)

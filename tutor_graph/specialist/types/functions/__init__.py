"""函数的概念与性质 / Functions: the problem types of this curriculum module, in the order they are tried.

Precedence, first tried first (the first type whose detector and one of whose methods fit wins). The order is
the old one (priority 47 before 46); the detectors are disjoint, so it decides nothing yet:
1. `abstract_inequality` (`function.abstract_inequality`) — 抽象函数不等式 f(A) < f(B) for an even function monotonic
   on [0, +∞) or an odd one monotonic on R (from `function_rules.py`, priority 47). First, as it was: the old solver
   won the ties at 47 against this block. It needs 奇函数/偶函数, 递增/递减 and f(A) op f(B) written, which `extension`
   (a value f(−a) asked) and `periodic` (a period) may share words with but never the inequality of two f's.
2. `extension` (`function.parity_extension`) — 奇（偶）函数已知 x>0 时的解析式，求 f(负数) (needs 奇函数/偶函数,
   "当 x>0 时 f(x)=…" and no period; from `function_props.py`, priority 47).
3. `periodic` (`function.periodic_value`) — 周期的奇（偶）函数求 f(n) (needs 奇函数/偶函数, a period and one
   known value; from `function_forms.py`, priority 47). `extension` declines a period, so the two are disjoint.
4. `odd_part` (`function.odd_part`) — f(x) = 奇函数 + 常数，已知 f(v) 求 f(−v) (a body with letters whose
   non-constant part is odd; from `function_forms.py`, priority 47). Its letters besides x are what
   `extension` (a formula in x alone) declines.
5. `domain` (`function.domain`) — 求函数的定义域 (names 定义域/domain and a function defined everywhere by one
   elementary formula; from `functions.py`, priority 40, lifted to the block's 47: the other types here never ask
   for a domain, and no solver at 41–47 takes a 定义域 question — checked by the bank diff).
6. `parity` (`function.parity`) — 判断函数的奇偶性 (needs 奇偶性 / odd or even asked and one elementary formula that
   holds everywhere, so it never sees a text stating "f 是奇函数", which every type above needs or declines; from
   `functions.py`, priority 40, after `domain` as there). Lifted to the block's 47, it passes the solvers at 44–45
   (`function.zeros`, `function.abs_zeros`, `explog.*`, `parameter_cases`), which ask for zeros, logarithm values
   or parameters, never a parity (bank diff: functions, derivatives).
7. `piecewise` — 分段函数求值（含 f(f(a))）或解 f(a)=c (needs a piecewise definition of f with two to four
   non-overlapping pieces; from `function_props.py`, priority 46).
8. `substitution` (`function.substitution`) — 已知 f(ax+b) 的解析式求 f(x) (needs a relation f(linear) = polynomial
   and 解析式 / f(x); from `function_rules.py`, priority 46, lifted to the block's 47). After the others, as before: every type
   above needs a value f(a) asked, a domain or a parity given, none of which it takes; no solver at 47 is passed.
9. `abs_zeros`, `zeros` — 含 |x| 的函数的全部零点；多项式函数的零点 (need 零点/zeros and one definition f(x)=…, with
   |x| its only absolute value / without any; from `zero_count.py`, priorities 45 and 44, lifted to 47: no type above
   reads 零点 (`substitution`, old 46, needs f(g(x)) = … and stays before them, as before) — checked by the bank
   diff and the type tests).
10. `value` (`function.value`) — 已知解析式求函数值 f(a) (one elementary formula that holds everywhere, exactly one
   f(number) asked; from `functions.py`, priority 30, the lowest: last here). It declines derivatives, tangents,
   monotonicity, extrema and max / min, so the derivative block (36) it now comes before keeps its texts; the
   quadratics' 34s need roots or points through which an unknown quadratic passes (no formula in x alone, which
   this detector needs), and the solvers at 44–45 ask for zeros, logarithm values or parameters. Every type above
   needs a domain, a parity, a piecewise definition, f(ax+b) given or an odd/even f, none of which a plain
   f(number) question has. Checked by the bank diff (functions, exp_log, function_applications, quadratics,
   derivatives) and the paraphrase tables.

The module enters the specialist's order as one block at priority 47 (since all types moved: its place in `types.MODULES`), the highest its types had.
`piecewise` and `substitution` enter at 47 instead of 46: no other solver sat at 46, so nothing is passed; the
solvers at 45 and below come after them as before. Checked by the bank diff and the type tests.
"""

from __future__ import annotations

from tutor_graph.specialist.types.functions import (
    abs_zeros,
    abstract_inequality,
    domain,
    extension,
    odd_part,
    parity,
    periodic,
    piecewise,
    substitution,
    value,
    zeros,
)
from tutor_graph.specialist.types.problem_type import ProblemType

PRECEDENCE: tuple[ProblemType, ...] = (
    abstract_inequality.TYPE, extension.TYPE, periodic.TYPE, odd_part.TYPE, domain.TYPE, parity.TYPE,
    piecewise.TYPE, substitution.TYPE, abs_zeros.TYPE, zeros.TYPE, value.TYPE,
)

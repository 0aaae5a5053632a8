"""Small algebra and complex-number types: texts written for these tests (not from the bank), answers
worked by hand. Rows: (text, type id, answer)."""

CASES = [
    ("比较 $x^2+3$ 与 $2x$ 的大小。", "inequality.compare", "x^2+3>2x"),  # (x-1)^2 + 2 > 0
    ("Compare (x-1)^2 and x^2 - 2x.", "inequality.compare", "(x-1)^2>x^2-2x"),  # difference 1
    ("已知 $-1<x<2$，$0<y<3$，求 $x-2y$ 的取值范围。", "inequality.linear_range", "(-7,2)"),
    ("Given 1 < a < 3 and 2 < b < 4, find the range of a + 2b.", "inequality.linear_range", "(5,11)"),
    ("计算 $i+i^2+i^3+\\cdots+i^{2026}$。", "complex.power_sum", "-1+i"),  # 2026 = 4·506 + 2
    ("Compute i^2 + i^3 + ... + i^{10}.", "complex.power_sum", "-1"),  # nine terms: two groups and i^10 = -1
    ("已知 $2+i$ 是关于 $x$ 的实系数方程 $x^2+mx+n=0$ 的一个根，求 $m,n$。", "complex.real_coefficients", "m=-4, n=5"),
    ("Given that 2 - 3i is a root of x^2 + bx + c = 0 with real coefficients, find b and c.", "complex.real_coefficients", "b=-4, c=13"),
]

DECLINED = [
    "比较 $x^2$ 与 $x$ 的大小。",  # the order depends on x: a case analysis
]

CASES += [
    ("幂函数 $f(x)=x^\\alpha$ 的图象过点 $(8,2)$，求 $f(27)$。", "explog.power_function", "3"),  # α = 1/3
    ("The power function f(x) = x^α passes through (2, 8). Find f(3).", "explog.power_function", "27"),  # α = 3
    ("已知 $2^a=5^b=10$，求 $\\frac{1}{a}+\\frac{1}{b}$。", "explog.equal_powers", "1"),  # lg 2 + lg 5
    ("Given 4^a = 25^b = 10, find 1/a + 1/b.", "explog.equal_powers", "2"),  # lg 4 + lg 25 = lg 100
]

CASES += [
    ("一个矩形的周长为 24，求它面积的最大值。", "inequality.rectangle", "36"),  # a 6 × 6 square
    ("A rectangle has area 36. Find its smallest possible perimeter.", "inequality.rectangle", "24"),
    ("已知不等式 $ax^2+bx-2<0$ 的解集为 $(-1,2)$，求 $a+b$ 的值。", "quadratic.from_solution_set", "0"),  # (x+1)(x-2): a=1, b=-1
    ("The solution set of ax^2 + bx + 6 > 0 is (-2, 3). Find a - b.", "quadratic.from_solution_set", "-2"),  # -(x+2)(x-3)
    ("求 sin 75° cos 15° 的值。", "trig.expression_value", "\\frac12+\\frac{\\sqrt3}{4}"),  # cos²15° = (1 + cos 30°)/2
    ("Evaluate sin 15° + cos 15°.", "trig.expression_value", "\\frac{\\sqrt6}{2}"),  # √2 sin 60°
]

# sets with a parameter (types/sets_logic/)
CASES += [
    # A = {-3, 2}; m = 0 gives B = ∅, 1/m = -3 or 1/m = 2
    ("已知 $A=\\{x\\mid x^2+x-6=0\\}$，$B=\\{x\\mid mx-1=0\\}$，若 $A\\cap B=B$，求实数 $m$ 的值组成的集合。", "set.parametric_linear", "\\{-1/3, 0, 1/2\\}"),
    # A = {1, 3}; a = 0 (B empty), 3/a = 1, 3/a = 3
    ("Let A = {x | x^2 - 4x + 3 = 0} and B = {x | ax - 3 = 0}. If A ∪ B = A, find the set of all possible values of a.", "set.parametric_linear", "\\{0, 1, 3\\}"),
    # A = [-2, 4]; B empty for m > 1; else 2m ≥ -2 and m+1 ≤ 4: -1 ≤ m ≤ 1
    ("已知 $A=\\{x\\mid x^2-2x-8\\le 0\\}$，$B=\\{x\\mid 2m\\le x\\le m+1\\}$，若 $B\\subseteq A$，求实数 $m$ 的取值范围。", "set.parametric_interval", "[-1,+\\infty)"),
    # A = (-2, 4); B empty for a < -2; else a - 1 > -2 and 2a + 1 < 4
    ("Let A = {x | x^2 - 2x - 8 < 0} and B = {x | a - 1 ≤ x ≤ 2a + 1}. If A ∩ B = B, find the range of the real number a.", "set.parametric_interval", "(-\\infty,-2)\\cup(-1,3/2)"),
    # A ⊆ B: m - 6 ≤ -2 and 2m - 1 ≥ 5
    ("Let A = {x | -2 ≤ x ≤ 5} and B = {x | m-6 ≤ x ≤ 2m-1}. If A ⊆ B, find the range of m.", "set.parametric_interval", "[3,4]"),
    # a = 2 makes both elements 2 (rejected); a^2 - a = 2 also gives a = -1: {-1, 2}
    ("已知 $2\\in\\{a,\\ a^2-a\\}$，求实数 $a$ 的值。", "set.element_parameter", "a=-1"),
    # a = -2 makes a+3 = a^2-3 = 1 (rejected); a = 2 gives {5, 1, 4}
    ("Given 1 ∈ {a + 3, a^2 - 3, 4}, find a.", "set.element_parameter", "a=2"),
]

DECLINED += [
    "已知 $A=\\{x\\mid x^2-3x+2=0\\}$，$B=\\{x\\mid ax^2-2=0\\}$，若 $A\\cup B=A$，求实数 $a$ 的值。",  # B from a quadratic in x
    "已知 $A=\\{x\\mid x^2-3x+2=0\\}$，$B=\\{x\\mid ax-2=0\\}$，若 $A\\subseteq B$，求实数 $a$ 的值。",  # A ⊆ B: the other direction
    "Let A = {x | -2 ≤ x ≤ 5} and B = {x | m+1 ≤ x ≤ 2m-1}. If A ⊆ B, find the range of m.",  # no m works
    "已知 $3\\in\\{a+2,\\ b^2\\}$，求实数 $a$ 的值。",  # two parameters
    "已知 $-1\\in\\{a-2,\\ a^2-2a\\}$，求实数 $a$ 的值。",  # every case breaks distinctness: no answer
]

# the extreme partial sum of an arithmetic sequence (sequence_extremes.py)
CASES += [
    # a_n = 28 - 4n: a_7 = 0, so S_6 = S_7 = 84
    ("等差数列 $\\{a_n\\}$ 中 $a_1=24$，$d=-4$，求前 $n$ 项和 $S_n$ 的最大值。", "sequence.arithmetic_sum_extreme", "84"),
    # a_n = 3n - 23 < 0 for n ≤ 7: S_7 = -77
    ("An arithmetic sequence has a_1 = -20 and common difference d = 3. Find the minimum value of the sum of the first n terms S_n.", "sequence.arithmetic_sum_extreme", "-77"),
]

DECLINED += [
    "等差数列 $\\{a_n\\}$ 中 $a_1=24$，$d=4$，求前 $n$ 项和 $S_n$ 的最大值。",  # increasing: no largest sum
    "等差数列 $\\{a_n\\}$ 中 $a_1=24$，$d=-4$，求 $S_n$ 取最大值时 $n$ 的值。",  # asks where, not the value
]

# the quadrant of z or of its conjugate, as a choice and as a fill-in (texts written for these tests)
CASES += [
    # (1+3i)/(1-i) = (1+3i)(1+i)/2 = -1+2i: the second quadrant; its conjugate -1-2i the third
    ("复数 $z=\\frac{1+3i}{1-i}$ 的共轭复数在复平面内对应的点位于（　）。A. 第一象限　B. 第二象限　C. 第三象限　D. 第四象限", "complex.quadrant", "C"),
    ("Let z = (1+3i)/(1-i). The point of z in the complex plane lies in ( ). A. the first quadrant B. the second quadrant "
     "C. the third quadrant D. the fourth quadrant", "complex.quadrant", "B"),
    ("复数 $z$ 满足 $z(1+i)=2i$，则 $\\bar{z}$ 在复平面内对应的点位于第几象限？", "complex.quadrant", "第四象限"),  # z = 1+i
    ("In which quadrant of the complex plane is the point of the conjugate of z = (2+i)(1-3i)?", "complex.quadrant", "the first quadrant"),  # 5-5i
]
DECLINED += [
    "复数 $z=\\frac{2}{1+i}$ 的共轭复数在复平面内对应的点位于（　）。A. 第一象限　B. 第二象限　C. 实轴上　D. 第四象限",  # not every option a quadrant
    "复数 $z=(1+i)(1-i)$ 在复平面内对应的点位于第几象限？",  # z = 2 lies on the real axis, in no quadrant
    "已知复数 z 的共轭复数为 1+2i，则 z 对应的点位于第几象限？",  # the conjugate is given
    "复数 z=1+2i，则 z^2 在复平面内对应的点位于第几象限？",  # the point of z^2, not of z
    "已知 z=1+2i，则 iz 对应的点位于（ ）A. 第一象限 B. 第二象限 C. 第三象限 D. 第四象限",
]

# comparing numbers named by letters (choice: every option judged); texts written for these tests
CASES += [
    # 0.3^4 = 0.0081 in (0,1), log_{0.5} 3 < 0, 4^{0.3} > 1: c > a > b
    ("设 $a=0.3^4$，$b=\\log_{0.5} 3$，$c=4^{0.3}$，则（　）。A. $a>b>c$　B. $c>a>b$　C. $b>a>c$　D. $c>b>a$", "explog.compare", "B"),
    ("Let a = 3^{0.4}, b = 0.4^3 and c = log_3 0.4. Then ( ). A. a<b<c B. c<b<a C. b<a<c D. c<a<b", "explog.compare", "B"),
    # all three in (0,1): log_3 2 ≈ 0.631, ln 2 ≈ 0.693, 5^{-1/2} ≈ 0.447, so c < a < b (estimates only)
    ("已知 $a=\\log_3 2$，$b=\\ln 2$，$c=5^{-\\frac12}$，则 $a,b,c$ 的大小关系是（　）A. $a<b<c$ B. $c<a<b$ C. $c<b<a$ D. $b<c<a$",
     "explog.compare", "B"),
]
DECLINED += [
    "设 $a=2^{0.3}$，$b=0.3^2$，则（　）A. $a<b$　B. $a>b$　C. $a=b$　D. 不能确定",  # not every option an ordering of the letters
    "已知函数 $f(x)=2^x$，设 $a=f(0.3)$，$b=0.3^2$，$c=\\log_2 0.3$，则（　）A. $c<b<a$ B. $c<a<b$ C. $b<c<a$ D. $a<b<c$",
    "设 $a=2^{0.5}$，$b=\\sqrt{2}$，$c=\\log_2 0.3$，则（　）A. $c<b<a$ B. $c<a<b$ C. $b<c<a$ D. $a<b<c$",  # a = b: no strict order
]

# the sum of logarithms of a positive geometric sequence from a product of terms (sequence_logs.py)
CASES += [
    # a_4a_7 = a_5a_6 = 9; the product of the ten terms is 9^5 = 3^10
    ("各项均为正数的等比数列 $\\{a_n\\}$ 中，$a_5a_6+a_4a_7=18$，则 $\\log_3 a_1+\\log_3 a_2+\\cdots+\\log_3 a_{10}=$", "sequence.geometric_log_sum", "10"),
    # a_1 a_9 = … = a_2 a_8 = 100: the product is 100^{9/2} = 10^9
    ("In a geometric sequence with positive terms, a_2 a_8 = 100. Find lg a_1 + lg a_2 + ... + lg a_9.", "sequence.geometric_log_sum", "9"),
    # a_3^2 = 1/4: the product of five terms is (1/2)^5
    ("在正项等比数列 $\\{a_n\\}$ 中，$a_2a_4=\\frac14$，求 $\\log_2 a_1+\\log_2 a_2+\\cdots+\\log_2 a_5$。", "sequence.geometric_log_sum", "-5"),
]

DECLINED += [
    # 3 + 6 ≠ 1 + 9: the product of the nine terms is not fixed
    "在各项均为正数的等比数列 $\\{a_n\\}$ 中，$a_3a_6=16$，求 $\\log_2 a_1+\\log_2 a_2+\\cdots+\\log_2 a_9$。",
    # a second given the solver would ignore
    "In a geometric sequence with positive terms, a_2 a_8 = 100 and a_1 = 1. Find lg a_1 + lg a_2 + ... + lg a_9.",
]

# a complex number from α|z| + βz = w (complex_modulus.py)
CASES += [
    # z = r - (2+4i) and |z| = r: (r-2)^2 + 16 = r^2, r = 5, z = 3 - 4i
    ("若复数 $z$ 满足 $|z|-z=2+4i$，求 $z$。", "complex.modulus_equation", "3-4i"),
    # z = 3+4i: 2z + |z| = 6+8i+5; the other root of 3r^2+22r-185=0 is negative
    ("The complex number z satisfies 2z + |z| = 11 + 8i. Find z.", "complex.modulus_equation", "3+4i"),
]

DECLINED += [
    "已知复数 $z$ 满足 $2|z|+z=4+3i$，求 $z$。",  # (4-2r)^2 + 9 = r^2 has no real root: no such z
    "The complex number z satisfies 3|z| + 2z = 8 - 2i. Find z.",  # two moduli work: two answers
    "已知复数 $z$ 满足 $|z|+z=1+3i$，求 $z$ 的共轭复数。",  # asks the conjugate
]

# choice questions on inequality properties (types/algebra/order_options)
CASES += [
    # a<b<0: (−2,−1) rules out A, B, D; ab − b² = b(a−b) > 0 as a product of two negatives
    ("已知 $a<b<0$，则下列不等式一定成立的是（　）A. $a^2<b^2$　B. $\\frac{1}{a}<\\frac{1}{b}$　C. $ab>b^2$　D. $\\frac{a}{b}<1$",
     "inequality.options", "C"),
    # b/a − 1 = (b−a)/a < 0 since b−a > 0 and a < 0
    ("If a<b<0, which of the following must hold? A. 1/a<1/b B. a^2<b^2 C. ab<b^2 D. b/a<1", "inequality.options", "D"),
    # a>b alone: a² − b² = (a−b)(a+b) takes both signs ((1,0) and (0,−2)), so only "不确定" is right
    ("若 $a>b$，则（　）A. $a^2>b^2$　B. $a^2<b^2$　C. $a^2=b^2$　D. 大小不确定", "inequality.options", "D"),
]
DECLINED += [
    "若 $a>b>0$，$c<0$，则下列不等式不成立的是（　）A. $\\frac{c}{a}>\\frac{c}{b}$ B. $a-c>b-c$ C. $a^2>b^2$ D. $ac<bc$",  # asks what fails
    "若 $a>b>0$，$a+b=1$，则（　）A. $a>\\frac12$　B. $b>\\frac12$　C. $a<b$　D. 大小不确定",  # a condition we do not read
    "If a>b and c>d, then ( ). A. a/d>b/c B. a-c>b-d C. ac>bd D. a+c>b+d",  # a/d is undefined where d = 0
]

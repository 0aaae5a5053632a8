"""Function applications and function properties: texts written for these tests (not from the bank),
answers worked by hand. Rows: (text, type id, answer)."""

CASES = [
    # models
    ("某银行存款按复利计算，本金每年增长 5%，至少经过多少年本金翻一番？", "application.growth", "15"),  # 1.05^14 < 2 ≤ 1.05^15
    ("A town's population decreases by 20% each year. After how many whole years is it less than half of today's?",
     "application.growth", "4"),  # 0.8^3 = 0.512, 0.8^4 = 0.4096
    ("某商品进价为每件 8 元，售价为 14 元时每天可卖出 100 件；售价每降低 1 元，日销量就增加 20 件。求每天的最大利润。",
     "application.profit", "605"),  # (x-8)(380-20x) peaks at 13.5
    ("A shop buys a toy for 20 yuan. At a price of 30 yuan, 400 sell per week; each 1-yuan increase loses 20 sales. What price gives the largest profit?",
     "application.profit", "35"),  # (x-20)(1000-20x): roots 20, 50
    ("某市出租车收费标准：2 km 以内（含 2 km）收费 8 元，超过 2 km 的部分每千米收费 1.5 元。某人乘车付费 20 元，他乘车行驶了多少千米？",
     "application.tariff", "10"),  # 8 + 1.5(x-2) = 20
    ("A taxi charges 12 yuan for up to 3 km and 2.5 yuan per km beyond. A ride cost 27 yuan. How far was it?", "application.tariff", "9"),
    # zeros
    ("函数 $f(x)=2^x+x-4$ 的零点所在的区间是（　）。A. $(0,1)$　B. $(1,2)$　C. $(2,3)$　D. $(3,4)$", "fapp.zero_location", "B"),  # f(1)=-1, f(2)=2
    ("The zero of f(x) = x^3 + x - 3 lies in ( ). A. (0,1) B. (1,2) C. (2,3) D. (3,4)", "fapp.zero_location", "B"),  # f(1)=-1, f(2)=7
    ("用二分法求方程 $x^2-2=0$ 在区间 $[1,2]$ 内的近似解，计算三次中点后，根所在的区间是什么？", "fapp.bisection", "(1.375,1.5)"),
    ("Use bisection on x^3 - 2x - 5 = 0 in [2, 3]. After two midpoints, which interval contains the root?", "fapp.bisection", "(2,2.25)"),
    ("若方程 $|x^2-2x-3|=m$ 恰有三个实根，求 $m$ 的值。", "fapp.abs_zero_count", "m=4"),  # the peak of |g| is 4
    ("If f(x) = |x^2 - 6x + 5| - a has exactly four zeros, find the range of a.", "fapp.abs_zero_count", "(0,4)"),
    ("求函数 $f(x)=x^2-4|x|+3$ 的所有零点。", "function.abs_zeros", "x=-3 或 x=-1 或 x=1 或 x=3"),
    ("Find all zeros of f(x) = x^2 + |x| - 6.", "function.abs_zeros", "x=-2 or x=2"),
]

DECLINED = [
    # a price rise would be best, but the rule only describes price cuts
    "某商品进价为每件 30 元，售价为 40 元时每天可卖出 300 件；售价每降低 1 元，日销量就增加 20 件。求每天的最大利润。",
]

CASES += [
    # piecewise, symmetry, periodicity, formulas, abstract inequalities
    ("已知函数 $f(x)=\\begin{cases}x^2-1, & x\\le 1\\\\ 3x-5, & x>1\\end{cases}$，若 $f(a)=3$，求 $a$。", "function.piecewise", "a=-2 或 a=\\frac83"),
    ("Let f(x) = 2^x for x ≤ 0 and f(x) = x - 1 for x > 0. Find f(f(3)).", "function.piecewise", "1"),  # f(3)=2, f(2)=1
    ("已知 f(x) 是定义在 R 上的偶函数，当 x≥0 时 f(x)=x^2-4x，求 f(-3)。", "function.parity_extension", "-3"),  # f(3)=9-12
    ("f is an odd function on R with f(x) = x^3 + 1 for x > 0. Find f(-2).", "function.parity_extension", "-9"),
    ("已知 f(x) 是偶函数，周期为 3，f(1)=5，求 f(2024)。", "function.periodic_value", "5"),  # 2024 ≡ 2 ≡ -1
    ("f is an odd function on R with f(x+6)=f(x) and f(2)=7. Find f(100).", "function.periodic_value", "-7"),  # 100 ≡ 4 ≡ -2
    ("已知 $f(x)=ax^5+bx^3+cx-2$，且 $f(-3)=10$，求 $f(3)$。", "function.odd_part", "-14"),  # g(-3)=12, g(3)=-12
    ("Let f(x) = a x^3 + b x + 4 with f(1) = 1. Find f(-1).", "function.odd_part", "7"),
    ("已知 $f(x-1)=x^2+2x$，求 $f(x)$ 的解析式。", "function.substitution", "f(x)=x^2+4x+3"),  # x = t+1
    ("Given f(3x) = 9x^2 - 6x, find f(x).", "function.substitution", "f(x)=x^2-2x"),
    ("已知奇函数 f(x) 在 R 上单调递减，解不等式 f(x^2-2x) > f(3)。", "function.abstract_inequality", "(-1,3)"),  # x^2-2x < 3
    ("An even function f is decreasing on [0, +∞). Solve f(x + 1) > f(2).", "function.abstract_inequality", "(-3,1)"),  # |x+1| < 2
]

CASES += [
    ("求函数 $f(x)=x^3-x$ 的零点。", "function.zeros", "x=-1 或 x=0 或 x=1"),
    ("Find the zeros of f(x) = x^2 - 4x + 3.", "function.zeros", "x=1 or x=3"),
]

"""Paraphrase table, sets and functions (集合与函数): each type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so. The expected answers were computed by hand (the working is in the comments).
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'set.count_between': [  # free elements: 4, 3, 3
        ('(5 分) 满足 $\\{2,3\\}\\subseteq M\\subseteq\\{1,2,3,4,5,6\\}$ 的集合 $M$ 共有多少个？', '16', False),
        ('集合 M 满足 {1} ⊆ M ⊆ {1,2,3,4}，这样的集合 M 共有几个？', '8', False),
        ('How many sets M satisfy {0, 1} ⊆ M ⊆ {0, 1, 2, 3, 4}?', '8', False),
    ],
    'set.venn_count': [  # total − (A + B − both)
        ('(5 分) 某班共有 $45$ 名学生，参加篮球兴趣小组的有 $20$ 人，参加足球兴趣小组的有 $18$ 人，两个小组都参加的有 $5$ 人，'
         '两个小组都没有参加的学生有多少人？', '12', False),
        ('某班 50 名同学中，喜欢语文的有 28 人，喜欢数学的有 30 人，两科都喜欢的有 15 人，两科都不喜欢的有多少人？', '7', False),
        ('Of 60 students, 35 study French, 28 study German and 10 study both. How many study neither?', '7', False),
    ],
    'set.parametric_linear': [
        # A = {1, 2}: a = 0 (B empty), 2/a = 1, 2/a = 2
        ('(5 分) 已知集合 $A=\\{x\\mid x^2-3x+2=0\\}$，$B=\\{x\\mid ax-2=0\\}$，若 $A\\cap B=B$，求实数 $a$ 的取值集合。',
         '\\{0,1,2\\}', False),
        # A = {2, 3}: m = 0, 1/m = 2, 1/m = 3
        ('已知集合 A={x|x^2-5x+6=0}，B={x|mx-1=0}，且 B⊆A，求实数 m 的所有可能值组成的集合。', '\\{0,\\frac13,\\frac12\\}', False),
        # A = {1, -3}: a = 0, -1/a = 1, -1/a = -3
        ('Let A = {x | x^2 + 2x - 3 = 0} and B = {x | ax + 1 = 0}. If A ∪ B = A, find the set of all values of a.',
         '\\{-1,0,\\frac13\\}', False),
    ],
    'set.parametric_interval': [
        # A = [-1, 3]; B empty for m < 1; else m ≥ -1 and 2m - 1 ≤ 3
        ('(5 分) 已知 $A=\\{x\\mid x^2-2x-3\\le 0\\}$，$B=\\{x\\mid m\\le x\\le 2m-1\\}$，若 $B\\subseteq A$，求实数 $m$ 的取值范围。',
         '(-\\infty,2]', False),
        # B empty for m < 2; else m + 1 > -2 and 2m - 1 < 5
        ('集合 A={x|-2<x<5}，B={x|m+1≤x≤2m-1}，若 B⊆A，求实数 m 的取值范围。', '(-\\infty,3)', True),
        # B empty for m < 2; else m ≥ 0 and 2m - 1 ≤ 4
        ('Let A = {x | 1 ≤ x ≤ 4} and B = {x | m+1 ≤ x ≤ 2m-1}. If B ⊆ A, find the range of m.', '(-\\infty,\\frac52]', False),
    ],
    'set.element_parameter': [
        # a + 2 = 3 gives a = 1 and the set {3, 3} (rejected); a^2 + 2a = 3 also gives a = -3: {-1, 3}
        ('(5 分) 已知 $3\\in\\{a+2,\\ a^2+2a\\}$，求实数 $a$ 的值。', 'a=-3', True),
        # a - 3 = -3: {-3, -1, 1}; 2a - 1 = -3: {-4, -3, 2}; a^2 + 1 = -3 has no real root
        ('已知 -3 ∈ {a-3, 2a-1, a^2+1}，求实数 a 的值。', 'a=0 或 a=-1', False),
        # a + 2 = 4 gives {4, 4} (rejected); a^2 = 4 with a = -2: {0, 4}
        ('Given 4 ∈ {a + 2, a^2}, find the real number a.', 'a=-2', True),
    ],
    'function.domain': [
        ('(5 分) 函数 $f(x)=\\frac{\\sqrt{4-x}}{x-1}$ 的定义域为 ____', '(-\\infty,1)\\cup(1,4]', True),
        ('求函数 y=√(x+2)+1/(x-3) 的定义域。', '[-2,3)\\cup(3,+\\infty)', False),
        ('Find the domain of f(x) = ln(3 - x) + √(x - 1).', '[1,3)', False),
    ],
    'function.parity': [
        ('(5 分) 判断函数 $f(x)=\\frac{x}{x^2+1}$ 的奇偶性。', '奇函数', False),
        ('判断函数 f(x)=x^4+x^2 的奇偶性。', '偶函数', False),
        ('Is the function f(x) = x^5 - 3x odd or even?', '奇函数', False),  # the answer is written in the UI language (中文 by default)
    ],
    'function.piecewise': [
        # f(-1) = 2, f(2) = 3
        ('(5 分) 已知函数 $f(x)=\\begin{cases}x^2+1, & x\\le 0\\\\ 2x-1, & x>0\\end{cases}$，求 $f(f(-1))$。', '3', False),
        # f(0) = 1, f(1) = 2
        ('已知函数 f(x)=\\begin{cases}x+1, & x\\le 1\\\\ x^2, & x>1\\end{cases}，求 f(f(0))。', '2', False),
        # f(-3) = -2, f(-2) = -1
        ('Let f(x) = x + 1 for x ≤ 0 and f(x) = x^2 for x > 0. Find f(f(-3)).', '-1', False),
    ],
    'function.parity_extension': [
        ('(5 分) 已知 $f(x)$ 是定义在 $\\mathbf{R}$ 上的奇函数，当 $x>0$ 时，$f(x)=x^2+2x$，求 $f(-1)$。', '-3', False),
        ('f(x) 是 R 上的偶函数，当 x≥0 时 f(x)=2^x-1，求 f(-2)。', '3', False),
        ('f is an even function on R and f(x) = x^2 - 3x when x ≥ 0. Find f(-1).', '-2', False),
    ],
    'function.periodic_value': [
        # 2023 ≡ 3 ≡ -1 (mod 4): f(-1) = -f(1)
        ('(5 分) 已知 $f(x)$ 是定义在 $\\mathbf{R}$ 上的奇函数，且 $f(x+4)=f(x)$，$f(1)=2$，求 $f(2023)$。', '-2', False),
        # 2023 ≡ 3 ≡ -2 (mod 5): f(-2) = f(2)
        ('已知 f(x) 是周期为 5 的偶函数，f(2)=3，求 f(2023)。', '3', False),
        # 2027 ≡ 3 ≡ -1 (mod 4)
        ('f is an odd function on R with period 4 and f(1) = 3. Find f(2027).', '-3', False),
    ],
    'function.odd_part': [
        # g = f - 1 is odd: g(2) = 4, g(-2) = -4
        ('(5 分) 已知 $f(x)=ax^3+bx+1$，若 $f(2)=5$，求 $f(-2)$。', '-3', True),
        # g(-1) = 4, g(1) = -4
        ('已知 f(x)=ax^5+bx+3，f(-1)=7，求 f(1)。', '-1', True),
        # g(3) = 12, g(-3) = -12
        ('Let f(x) = a x^3 + b x - 5 with f(3) = 7. Find f(-3).', '-17', True),
    ],
    'function.abstract_inequality': [
        ('(5 分) 已知奇函数 $f(x)$ 在 $\\mathbf{R}$ 上单调递减，解不等式 $f(x-3)>f(1)$。', '(-\\infty,4)', False),  # x - 3 < 1
        ('偶函数 f(x) 在 [0,+∞) 上单调递增，解不等式 f(x-1)<f(2)。', '(-1,3)', False),  # |x - 1| < 2
        ('An even function f is increasing on [0, +∞). Solve f(x - 2) < f(3).', '(-1,5)', False),  # |x - 2| < 3
    ],
    'function.substitution': [
        ('(5 分) 已知 $f(2x+1)=4x^2+4x$，求 $f(x)$ 的解析式。', 'f(x)=x^2-1', True),  # (t-1)^2 + 2(t-1)
        ('已知 f(2x)=4x^2+2x，求 f(x) 的解析式。', 'f(x)=x^2+x', True),
        ('Given f(x + 1) = x^2 + 2x, find the expression of f(x).', 'f(x)=x^2-1', False),  # (t-1)^2 + 2(t-1)
    ],
    'function.derivative': [
        ('(5 分) 求函数 $f(x)=x^2\\ln x$ 的导数。', '2x\\ln x+x', True),  # product rule
        ('求函数 y=(3x-1)^4 的导数。', '12(3x-1)^3', True),  # chain rule: 4(3x-1)^3 · 3
        ('Find the derivative of y = x e^x.', '(x+1)e^x', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_sets_functions_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

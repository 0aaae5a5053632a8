"""Paraphrase table, logic (常用逻辑用语): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified). Answers worked by hand.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

_ABCD = "A. 充分不必要条件　B. 必要不充分条件　C. 充要条件　D. 既不充分也不必要条件"

TABLE = {  # type: [(text, expected, verified)]
    'logic.condition': [  # x > 2 ⇒ x² > 4; x = −3 shows the converse fails
        (r'(5 分) 设 $x\in\mathbf R$，则“$x>2$”是“$x^2>4$”的（　）' + _ABCD, 'A', False),
        ('“x>2”是“x^2>4”的什么条件', '充分不必要条件', False),
        ('"x > 2" is what kind of condition for "x^2 > 4"?', '充分不必要条件', False),
    ],
    'logic.parameter': [  # P = [−2,10] ⊋ Q = [1−m,1+m]: m ≤ 3
        (r'(5 分) 设 $p:\ x^2-8x-20\le 0$，$q:\ x^2-2x+1-m^2\le 0\ (m>0)$，若 $p$ 是 $q$ 的必要不充分条件，则实数 $m$ 的取值范围为 ____', '(0,3]', False),
        ('设 p：x^2-8x-20≤0，q：x^2-2x+1-m^2≤0 (m>0)，若 p 是 q 的必要不充分条件，求 m 的取值范围', '(0,3]', False),
        ('Let p: x^2 - 8x - 20 ≤ 0 and q: x^2 - 2x + 1 - m^2 ≤ 0 with m > 0. If p is necessary but not sufficient for q, find the range of m.', '(0,3]', False),
    ],
    'logic.quantifier': [  # discriminant −3 < 0
        (r'(5 分) 判断命题“$\forall x\in\mathbf R,\ x^2-x+1>0$”的真假', '真命题', False),
        ('判断命题“对任意实数 x，x^2-x+1>0”的真假', '真命题', False),
        ('Is the statement "for all real x, x^2 - x + 1 > 0" true or false?', '真命题', False),
    ],
    'logic.quantifier_parameter': [  # ∀x: x² + 2x + a > 0 ⟺ 4 − 4a < 0
        (r'(5 分) 若命题“$\exists x\in\mathbf R,\ x^2+2x+a\le 0$”是假命题，则实数 $a$ 的取值范围是 ____', r'(1,+\infty)', False),
        ('若命题“存在实数 x，使 x^2+2x+a≤0”是假命题，求 a 的取值范围', r'(1,+\infty)', False),
        ('If "there exists a real x such that x^2 + 2x + a ≤ 0" is false, find the range of a.', r'(1,+\infty)', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_logic_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

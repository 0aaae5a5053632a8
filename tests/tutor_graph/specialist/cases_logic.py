"""Logic: conditions, quantified statements and their parameters; texts written for these tests (not
from the bank), answers worked by hand. Rows: (text, type id, answer)."""

_ABCD = "A. 充分不必要条件　B. 必要不充分条件　C. 充要条件　D. 既不充分也不必要条件"
_ABCD_EN = "A. sufficient but not necessary B. necessary but not sufficient C. necessary and sufficient D. neither sufficient nor necessary"

CASES = [
    ("“$x^2-3x+2=0$”是“$x=1$”的（　）。" + _ABCD, "logic.condition", "B"),  # {1,2} ⊋ {1}
    ("“$x^2-3x+2<0$”是“$1<x<3$”的什么条件？", "logic.condition", "充分不必要条件"),  # (1,2) ⊊ (1,3)
    ('"|x-1|<2" is what kind of condition for "-1<x<3"?', "logic.condition", "necessary and sufficient"),
    ('"ab>0" is a ( ) condition for "a>0". ' + _ABCD_EN, "logic.condition", "D"),  # a=b=-1; a=1, b=-1
    ("设 p：x^2-x-6≤0，q：x^2-2ax+a^2-1≤0。若 p 是 q 的必要不充分条件，求实数 a 的取值范围。", "logic.parameter", "[-1,2]"),
    ("Let p: x^2 - 2x - 3 ≤ 0 and q: x^2 - 2x + 1 - m^2 ≤ 0 with m > 0. If p is necessary but not sufficient for q, find the range of m.",
     "logic.parameter", "(0,2)"),  # Q=[1-m,1+m] ⊊ [-1,3]; m=2 makes them equal
    ("下列命题中为假命题的是（　）。A. $\\forall x\\in\\mathbf R,\\ x^2+1>0$　B. $\\exists x\\in\\mathbf R,\\ x^2=2$　"
     "C. $\\forall x\\in\\mathbf R,\\ x^2-2x+1>0$　D. $\\exists x\\in\\mathbf R,\\ x^2+x+1<0$", "logic.quantifier", "CD"),
    ('Is the statement "for all real x, x^2 + 2x + 2 > 0" true or false?', "logic.quantifier", "true"),  # (x+1)^2 + 1
    ("判断命题“∀x∈R, x^2-4x+4>0”的真假。", "logic.quantifier", "假命题"),  # x = 2
    ("若命题“对任意实数 x，x^2+ax+1≥0”是真命题，求 a 的取值范围。", "logic.quantifier_parameter", "[-2,2]"),
    ('If "there exists a real x such that x^2 + 4x + m < 0" is false, find the range of m.', "logic.quantifier_parameter", "[4,+\\infty)"),
]

DECLINED = [
    # a grid search cannot prove "a>b ⇒ a+1>b": with two variables only "neither" is decided
    '"a>b" is a ( ) condition for "a+1>b". ' + _ABCD_EN,
    # "same statement" in an option cannot be read, so the options cannot all be judged
    'Proposition p: "there is a real x with x^2+2x+3 ≤ 0". Which describes its negation? A. for all real x, x^2+2x+3>0, and it is true '
    'B. same statement, and it is false C. there is a real x with x^2+2x+3>0, and it is true D. for all real x, x^2+2x+3 ≤ 0, and it is false',
]

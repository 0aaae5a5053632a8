"""Multiple-choice questions: only solvers that judge every option take them; negations keep their form."""

from __future__ import annotations

from tutor_graph.specialist import recognise, solve_symbolically
from tutor_graph.specialist.choices import split_choices


def test_options_are_split_from_the_stem():
    stem, options = split_choices("下列为真的是( ). A. x>1 B. x<0 C. 1=1 D. 2<1")
    assert stem.startswith("下列") and list(options) == ["A", "B", "C", "D"] and options["C"] == "1=1"
    assert split_choices("解方程 x^2-5x+6=0") is None


def test_a_choice_question_is_not_answered_by_a_solver_that_ignores_the_options():
    # the stem alone would be a quadratic equation; with options it is a choice we do not judge
    text = "方程 $x^2-5x+6=0$ 的根是（　）。A. 1 和 6　B. 2 和 3　C. -2 和 -3　D. 无实根"
    assert recognise(text) is None


def test_negation_is_written_with_the_other_quantifier_and_checked():
    sol = solve_symbolically("写出命题“存在实数 x，使得 x^2-2x-3<0”的否定。")[0]
    assert sol["final_answer"].startswith("$\\forall") and "\\ge 0$" in sol["final_answer"]
    assert sol["verified"]
    truth = [s for s in sol["steps"] if s["claim"]]
    assert truth and truth[0]["claim"] == "-3 < 0"  # x = 0 is a counterexample to the negation

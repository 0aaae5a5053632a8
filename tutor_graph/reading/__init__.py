"""The reading layer: problem text → a typed, JSON-able Reading (objects, formal givens, goals, options, unread).

Public API:
    read(problem) -> Reading                      pure string work, milliseconds, never raises
    normalise_exam(text) -> Normalised            exam noise off (numbering, scores, blanks, options)
    back_substitute(reading, answer) -> BackCheck the final answer put back into every given (代入检验)
    decide_verified(steps, final_answer, reading, reference_agrees) -> (bool, why)   the one "verified" rule
    describe(reading, lang) -> str                 the reading as step 0: 已知 … / 求 …
    correct(reading, givens, goals) -> Correction a teacher's corrected reading, every claim parsed (1-based errors)
"""

from tutor_graph.bounded_tasks import register_tasks
from tutor_graph.reading.correcting import Correction, correct
from tutor_graph.reading.describing import describe
from tutor_graph.reading.normalising import Normalised, normalise_exam
from tutor_graph.reading.reader import read
from tutor_graph.reading.verifying import BackCheck, back_substitute, decide_verified

register_tasks()  # so `checks.run_bounded("reading.answer", …)` is allowed for callers of this module

__all__ = ["BackCheck", "Correction", "correct", "Normalised", "back_substitute", "decide_verified", "describe", "normalise_exam", "read"]

"""The load test's tutoring services record each answer exactly once: a repeated request is not recorded again,
and a turn that reached the checkpoint but not the records (the process died in between) is recorded from the
checkpoint's history when the client asks again."""

import pytest

from content.db import upgrade
from content.learners import attempts
from evaluation.load_service import AnswerRequest, _chain, play_turn
from tutor_graph.tutoring.context import TutorSettings
from tutor_graph.tutoring.session import Tutor

# Every chain opens with a question about the idea (no claim): the load test's one answer per thread is noted as
# "unclear" and gives the mastery model no observation; what is tested here is that it is recorded exactly once.
PROBLEM = "quadratics-001"
WRONG = "(x-1)(x-6)"


@pytest.fixture
def stores(tmp_path):
    url = f"sqlite:///{tmp_path / 'records.sqlite'}"
    upgrade(url)
    return url, str(tmp_path / "threads.sqlite")


def test_an_answer_is_recorded_once_when_asked_again(stores):
    url, threads = stores
    req = AnswerRequest(student=1, problem_id=PROBLEM, text=WRONG)
    first = play_turn(req, url, threads)
    again = play_turn(req, url, threads)
    assert first["status"] == "recorded" and first["reply"]["verdict"] == "unclear"
    assert again["status"] == "already recorded" and again["reply"] == first["reply"]
    rows = attempts("load-1", url)
    assert [(a.thread, a.said, a.verdict) for a in rows] == [(f"load-1:{PROBLEM}", WRONG, "unclear")]


def test_a_checkpointed_turn_that_was_not_recorded_is_recovered(stores):
    url, threads = stores
    tutor = Tutor(f"load-2:{PROBLEM}", threads, TutorSettings(lang="zh"))
    try:  # the turn as the killed process left it: checkpointed, never recorded
        tutor.begin(PROBLEM, "zh", _chain(PROBLEM))
        reply = tutor.say(WRONG)
    finally:
        tutor.close()
    assert attempts("load-2", url) == []
    done = play_turn(AnswerRequest(student=2, problem_id=PROBLEM, text=WRONG), url, threads)
    assert done["status"] == "recovered from checkpoint" and done["reply"] == reply
    rows = attempts("load-2", url)
    assert len(rows) == 1 and rows[0].said == WRONG and rows[0].step == 0 and rows[0].verdict == reply["verdict"]
    assert not rows[0].first and rows[0].observed_correct is None  # an idea question gives no BKT observation

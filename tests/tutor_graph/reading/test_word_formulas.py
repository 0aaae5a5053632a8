"""Counting and probability word problems read whole: the numbers as givens, the goal as the family's formula.

Each family in exam text, plain textbook Chinese and English where it has one; a problem that adds a condition
the family does not formalise is not read by it (and so not answered).
"""

import pytest

from tutor_graph.reading import back_substitute, read

from .exam_helpers import answered, assert_answers

PHRASINGS = {
    "distribution": [("14. 5 名同学到 3 个社区参加志愿活动, 每名同学只去 1 个社区, 每个社区至少安排 1 名同学, 则不同的安排方法共有____种.", "150"),
                     ("安排 4 名志愿者完成 5 项工作, 每人至少完成 1 项, 每项工作由 1 人完成, 则不同的安排方式共有 (\\quad)\nA. 120 种\nB. 240 种\nC. 480 种\nD. 1024 种", "B"),
                     ("In how many ways can 5 different books be given to 3 students so that each student gets at least one?", "150")],
    "counting_at_least": [("从 3 位女生, 5 位男生中选 4 人参加比赛, 且至少有 1 位女生入选, 则不同的选法共有多少种？", "65"),
                          ("15. 从 2 位女生, 3 位男生中选 3 人参加演讲比赛, 且至少有 1 位女生入选, 则不同的选法共有____种. (用数字填写答案)", "9"),
                          ("从 4 名女生, 4 名男生中选 2 人参加活动, 且至少有 1 名女生入选, 则不同的选法共有多少种", "22")],
    "probability": [("13. 从甲、乙等 6 名同学中随机选 3 名参加社区服务工作, 则甲、乙都入选的概率为", "\\frac{1}{5}"),
                    ("5 位同学各自在周六、周日两天中任选一天参加公益活动, 则周六、周日都有同学参加公益活动的概率为", "\\frac{15}{16}"),
                    ("有 4 个兴趣小组, 甲、乙两位同学各自参加其中一个小组, 每位同学参加各个小组的可能性相同, 则这两位同学参加同一个兴趣小组的概率为", "\\frac{1}{4}")],
    "binomial": [("投篮测试中, 每人投 4 次, 至少投中 3 次才能通过测试. 已知某同学每次投篮投中的概率为 0.5, 且各次投篮是否投中相互独立, 则该同学通过测试的概率为", "\\frac{5}{16}"),
                 ("A player scores with probability 0.6 on each shot, and shots are independent. Find the probability of at least 2 hits in 3 shots.", "0.648"),
                 ("某种种子每粒发芽的概率都为 0.8, 现播种了 500 粒, 对于没有发芽的种子, 每粒需再补种 3 粒, 补种的种子数记为 X, 则 X 的数学期望为", "300")],
}
CASES = [(kind, text, ref) for kind, cases in PHRASINGS.items() for text, ref in cases]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_word_problem_is_answered(kind, text, expected):
    assert text != expected
    assert_answers(text, expected)


def test_each_kind_has_three_phrasings():
    assert all(len(cases) >= 3 for cases in PHRASINGS.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("13. 一批产品的二等品率为 0.02, 从这批产品中每次随机取一件, 有放回地抽取 100 次. $X$ 表示抽到的二等品件数, 则 $D X=$", "1.96"),
    ("一批产品的次品率为 0.1, 从这批产品中每次随机取一件, 有放回地抽取 50 次. X 表示抽到的次品件数, 则 EX=", "5"),
])
def test_a_binomial_count_is_read(text, expected):
    assert_answers(text, expected)


def test_a_weighted_mean_rate_is_read():
    assert_answers("经统计, 在某站的列车中, 有 10 个车次的正点率为 0.97, 有 20 个车次的正点率为 0.98, 有 10 个车次的正点率为 0.99, "
                   "则该站所有车次的平均正点率的估计值为", "0.98")


def test_a_conditional_probability_is_read():
    assert_answers("某地区一天的空气质量为优良的概率是 0.8, 连续两天为优良的概率是 0.6, 已知某天的空气质量为优良, 则随后一天的空气质量为优良的概率是",
                   "0.75")


@pytest.mark.parametrize("text", [
    # an extra condition (甲 不去 …) that the family does not formalise
    "4 名同学到 3 个小区参加活动, 甲不去 A 小区, 每名同学只去 1 个小区, 每个小区至少安排 1 名同学, 则不同的安排方法共有____种.",
    # "恰有" is not "至少有"
    "从 2 位女生, 4 位男生中选 3 人参加科技比赛, 且恰有 1 位女生入选, 则不同的选法共有____种.",
    "In how many ways can 5 different books be given to 3 students so that each student gets exactly one?",
])
def test_a_problem_with_a_condition_outside_the_family_is_not_answered(text):
    _, first = answered(text)
    assert first is None


def test_a_planted_wrong_count_is_refuted():
    reading = read("5 名同学到 3 个社区参加志愿活动, 每名同学只去 1 个社区, 每个社区至少安排 1 名同学, 则不同的安排方法共有____种.")
    assert reading["complete"]
    assert back_substitute(reading, "150").status == "verified"
    assert back_substitute(reading, "243").status == "refuted"  # 3^5: the empty places not taken away

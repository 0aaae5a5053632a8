"""The reader keeps a counting or probability problem's parameters as objects (issue #11): the counts of a row,
of balls and boxes, of books shared, the digits of a number, two dice and the sum asked, a random variable's law.
Texts written for these tests; each must give exactly the objects listed (name, kind, value)."""

from __future__ import annotations

import pytest

from tutor_graph.reading import read
from tutor_graph.reading.chance_words import chance_objects

CASES = [
    ("6 个人排成一排，甲不站在两端，有多少种排法？", [("row", "count", "6")]),
    ("Seven people line up; A is not first. How many orders?", [("row", "count", "7")]),
    ("把 5 个不同的小球放入 4 个不同的盒子，每个盒子至少放 1 个，共有多少种放法？",
     [("balls", "count", "5"), ("boxes", "count", "4")]),
    ("把 8 本不同的书分给甲、乙、丙、丁四人，每人 2 本，共有多少种分法？",
     [("books", "count", "8"), ("people", "count", "4"), ("each", "count", "2")]),
    ("Nine different books are given to A, B and C, three each. How many ways?",
     [("books", "count", "9"), ("each", "count", "3")]),
    ("用 $0,1,2,3,4$ 可以组成多少个没有重复数字的三位偶数？",
     [("digits", "digits", "0,1,2,3,4"), ("digit_length", "count", "3")]),
    ("已知 $(x+1)^n$ 的展开式中各项二项式系数之和为 128，求展开式中二项式系数最大的项的二项式系数。",
     [("binomial_sum", "count", "128")]),
    ("同时掷两枚质地均匀的骰子，求点数之和为 7 的概率。", [("dice", "count", "2"), ("sum", "event", "sum=7")]),
    ("Two fair dice are thrown. Find the probability that the total is at least 10.",
     [("dice", "count", "2"), ("sum", "event", "sum>=10")]),
    (r"已知随机变量 $X\sim B\left(6,\frac{1}{3}\right)$，则 $D(X)=$ ____", [("X", "random_variable", "B(6,((1)/(3)))")]),
    ("随机变量 X 服从二项分布 B(6, 1/3)，求 D(X)", [("X", "random_variable", "B(6, 1/3)")]),
    ("Let X ~ N(3, σ^2) with P(X > 5) = 0.2. Find P(1 < X < 3).", [("X", "random_variable", "N(3, σ^2)")]),
    ("袋中有 4 个红球和 3 个白球，任取 3 个，至少有 1 个白球的概率是多少？",
     [("bag", "bag", "红:4,白:3"), ("drawn", "count", "3"), ("asked_balls", "event", "白>=1"),
      # the same words read as two groups to choose from (a counting problem's shape): the types choose
      ("groups", "groups", "个红球:4,个白球:3"), ("chosen", "count", "3"), ("at_least", "event", "白>=1")]),
    ("A bag has 3 red balls and 2 white balls. Draw 2 balls. What is the probability of exactly one red ball?",
     [("bag", "bag", "red:3,white:2"), ("drawn", "count", "2"), ("asked_balls", "event", "red=1"),
      ("groups", "groups", "red balls:3,white balls:2")]),
    ("袋中有 5 个红球、3 个白球，不放回地依次摸出 2 个球。已知第一次摸到白球，求第二次摸到红球的概率。",
     [("bag", "bag", "红:5,白:3"), ("drawn", "count", "2"), ("first", "event", "白"), ("second", "event", "红"),
      ("groups", "groups", "个红球:5,个白球:3")]),
    ("袋中有 5 个红球和 3 个白球，从中不放回地任取 2 个，记 X 为取到的红球个数，求 E(X)。",
     [("bag", "bag", "红:5,白:3"), ("drawn", "count", "2"), ("X", "random_variable", "count(红)"),
      ("groups", "groups", "个红球:5,个白球:3"), ("chosen", "count", "2")]),
    ("从 5 名男生和 4 名女生中选 3 人，至少有 1 名女生的选法有多少种？",
     [("groups", "groups", "男生:5,女生:4"), ("chosen", "count", "3"), ("at_least", "event", "女>=1")]),
    ("甲、乙两人独立地向同一目标各射击一次，命中率分别为 $0.8$ 和 $0.7$，求目标被击中的概率。",
     [("P(A)", "probability", "0.8"), ("P(B)", "probability", "0.7")]),
    ("甲、乙两人进行比赛，采用五局三胜制，每局甲获胜的概率都是 0.5，各局结果相互独立。求甲最终获胜的概率。",
     [("P(win)", "probability", "0.5"), ("wins_needed", "count", "3")]),
    ("Machine A makes 70% of the parts with 1% defective; machine B makes 30% with 4% defective. "
     "Given that the part is defective, find the probability it came from machine B.",
     [("sources", "mixture", "70%:1%,30%:4%"), ("labels", "sources", "A,B"), ("from", "event", "B")]),
    ("随机变量 X 的分布列为：X=1,2,3 时，概率分别为 0.2,0.5,a。求 D(X)。",
     [("X", "random_variable", "table(1,2,3; 0.2,0.5,a)")]),  # no independence word: 0.2, 0.5 are no pair of events
    ("从 1,2,3,4,5,6 这六个数中任取三个不同的数，则它们的和是 3 的倍数的概率为",
     [("numbers", "set", "1,2,3,4,5,6"), ("picked", "count", "3"), ("picks", "draw", "at once"),
      ("pick", "event", "sum multiple 3")]),
    ("从 1,2,3,4,5 中任取两个不同的数，放回后再取，求它们的和为偶数的概率。",  # drawn back: not a pick at once
     [("numbers", "set", "1,2,3,4,5"), ("picked", "count", "2"), ("picks", "draw", "ordered"),
      ("pick", "event", "sum parity 0")]),
    ("已知 $f(x)=x^2-2x$，求 $f(3)$。", []),  # no counting word: nothing of this module
    ("掷一枚骰子，求点数为偶数的概率。", []),  # one die: not the two-dice sum
]


@pytest.mark.parametrize(("text", "objects"), CASES, ids=[c[0][:24] for c in CASES])
def test_chance_objects_read_from_the_words(text, objects):
    assert chance_objects(text) == objects


def test_the_reading_carries_them_as_objects_without_new_givens():
    text = "把 5 个不同的小球放入 4 个不同的盒子，每个盒子至少放 1 个，共有多少种放法？"
    reading = read(text)
    assert [(o["name"], o["kind"], o["value"]) for o in reading["objects"]] == [("balls", "count", "5"), ("boxes", "count", "4")]
    assert reading["givens"] == [] and not reading["complete"]  # the words stay unread: no verified answer from them


@pytest.mark.parametrize(("text", "expression"), [
    ("Find the coefficient of $x^3$ in $(1-2x)^5$.", "(1-2x)^5 @ x^3"),
    (r"Find the constant term of $(x+\frac{2}{x})^6$.", r"(x+\frac{2}{x})^6 @ 1"),
])
def test_english_coefficient_asked_without_the_word_expansion(text, expression):
    goals = read(text)["goals"]
    assert [(g["kind"], g["expression"]) for g in goals] == [("coefficient", expression)]

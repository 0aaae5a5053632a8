"""More counting: texts written for these tests (not from the bank), answers worked by hand.
Rows: (text, type id, answer)."""

CASES = [
    ("6 个人排成一排，甲不站在两端，有多少种排法？", "counting.ends", "480"),  # 4·5!
    ("Seven people line up; A is not first. How many orders?", "counting.ends", "4320"),  # 6·6!
    ("把 5 个不同的小球放入 4 个不同的盒子，每个盒子至少放 1 个，共有多少种放法？", "counting.boxes", "240"),  # C(5,2)·4!
    ("Put 5 distinct balls into 3 different boxes with no box empty. How many ways?", "counting.boxes", "150"),  # 243 − 96 + 3
    ("用 0,1,2,3,4,5 可以组成多少个没有重复数字的四位数？", "counting.digits", "300"),  # 5·A(5,3)
    ("How many odd three-digit numbers with distinct digits can be made from 0, 1, 2, 3, 4, 5?", "counting.digits", "48"),  # 3·4·4
    ("已知 $(x+1)^n$ 的展开式中各项二项式系数之和为 128，求展开式中二项式系数最大的项的二项式系数。", "counting.coefficient_sum", "35"),  # n=7
    ("The binomial coefficients of (x - 2)^n add up to 256. Find the largest binomial coefficient.", "counting.coefficient_sum", "70"),  # n=8
    ("把 8 本不同的书分给甲、乙、丙、丁四人，每人 2 本，共有多少种分法？", "counting.books", "2520"),  # 28·15·6·1
    ("Nine different books are given to A, B and C, three each. How many ways?", "counting.books", "1680"),  # 84·20
]

DECLINED = [
    "用 1,2,3,4 可以组成多少个没有重复数字的三位数？",  # no 0 among the digits: a plain A(4,3), a type of its own we do not take here
]

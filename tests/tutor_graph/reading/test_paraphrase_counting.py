"""Paraphrase table, counting and probability (计数与概率): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified). Answers worked by hand.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'counting.value': [
        (r'(5 分) 计算 $A_6^2+C_6^3$ 的值为 ____', '50', True),  # 30 + 20
        ('求 A_6^2 + C_6^3 的值', '50', True),
        ('Compute A_6^2 + C_6^3.', '50', True),
    ],
    'counting.at_least': [  # C(8,4) − C(5,4) = 70 − 5
        (r'(5 分) 从 $5$ 名男生和 $3$ 名女生中选出 $4$ 人参加活动，要求至少有 $1$ 名女生，则不同的选法共有 ____ 种', '65', False),
        ('从 5 名男生和 3 名女生中选 4 人，至少有 1 名女生，共有多少种不同的选法', '65', False),
        ('From 5 boys and 3 girls, choose 4 people so that at least one girl is chosen. How many ways?', '65', False),
    ],
    'counting.lineup': [  # 2·5!
        (r'(5 分) $6$ 名同学站成一排，其中甲、乙两人必须相邻，则不同的排法种数为 ____', '240', False),
        ('6 个人排成一排，甲、乙两人相邻，有多少种不同排法', '240', False),
        ('Six people stand in a row. In how many ways can A and B stand next to each other?', '240', False),
    ],
    'counting.binomial': [  # T_{k+1} = (−1)^k C(6,k) x^{6−2k}, k = 3
        (r'(5 分) $\left(x-\frac{1}{x}\right)^6$ 的展开式中的常数项为 ____', '-20', True),
        ('求 (x-1/x)^6 的展开式中的常数项', '-20', True),
        ('Find the constant term in the expansion of (x - 1/x)^6.', '-20', True),
    ],
    'counting.ends': [  # 5·6!
        (r'(5 分) $7$ 名同学排成一排照相，其中甲不站在两端，则不同的排法共有 ____ 种', '3600', False),
        ('7 个人站成一排，甲不站在两端，共有多少种排法', '3600', False),
        ('Seven students stand in a row, and A is not at either end. How many arrangements are there?', '3600', False),
    ],
    'counting.boxes': [  # C(4,2)·3!
        (r'(5 分) 将 $4$ 个不同的小球放入 $3$ 个不同的盒子中，每个盒子至少放一个，则不同的放法共有 ____ 种', '36', False),
        ('把 4 个不同的球放进 3 个不同的盒子，每盒至少 1 个，有多少种放法', '36', False),
        ('Put 4 distinct balls into 3 different boxes with no box empty. How many ways?', '36', False),
    ],
    'counting.digits': [  # 4·4·3
        (r'(5 分) 用 $0,1,2,3,4$ 可以组成多少个没有重复数字的三位数？', '48', False),
        ('用 0,1,2,3,4 五个数字能组成多少个没有重复数字的三位数', '48', False),
        ('How many three-digit numbers with no repeated digits can be formed from 0, 1, 2, 3, 4?', '48', False),
    ],
    'counting.coefficient_sum': [  # 2^n = 64: n = 6, C(6,3)
        (r'(5 分) 若 $\left(x+\frac{1}{x}\right)^n$ 的展开式中各项的二项式系数之和为 $64$，则展开式中二项式系数最大的项的二项式系数为 ____', '20', False),
        ('已知 (x+1/x)^n 的展开式中二项式系数之和为 64，求展开式中二项式系数最大的项的二项式系数', '20', False),
        ('The binomial coefficients in the expansion of (x + 1/x)^n add up to 64. Find the largest binomial coefficient.', '20', False),
    ],
    'counting.books': [  # C(6,2)·C(4,2)
        (r'(5 分) 将 $6$ 本不同的书分给甲、乙、丙三人，每人 $2$ 本，则不同的分法共有 ____ 种', '90', False),
        ('把 6 本不同的书分给甲、乙、丙三人，每人 2 本，有多少种分法', '90', False),
        ('Six different books are given to A, B and C, two each. How many ways?', '90', False),
    ],
    'probability.dice': [  # (1,4), (2,3), (3,2), (4,1) of 36
        (r'(5 分) 同时掷两枚质地均匀的骰子，则向上的点数之和为 $5$ 的概率为 ____', r'\frac{1}{9}', False),
        ('抛掷两颗骰子，求点数之和等于 5 的概率', r'\frac{1}{9}', False),
        ('Two fair dice are rolled. What is the probability that the sum is 5?', r'\frac{1}{9}', False),
    ],
    'probability.balls': [  # 1 − C(4,2)/C(6,2)
        (r'(5 分) 袋中装有 $4$ 个白球和 $2$ 个黑球，从中任取 $2$ 个球，则至少有 $1$ 个黑球的概率为 ____', r'\frac{3}{5}', False),
        ('袋中有 4 个白球和 2 个黑球，任取 2 个，至少有 1 个黑球的概率是多少？', r'\frac{3}{5}', False),
        ('A bag has 4 white balls and 2 black balls. Draw 2 balls. What is the probability of at least one black ball?', r'\frac{3}{5}', False),
    ],
    'probability.binomial': [  # 6·(1/3)·(2/3)
        (r'(5 分) 已知随机变量 $X\sim B\left(6,\frac{1}{3}\right)$，则 $D(X)=$ ____', r'\frac{4}{3}', False),
        ('随机变量 X 服从二项分布 B(6, 1/3)，求 D(X)', r'\frac{4}{3}', False),
        ('X follows the binomial distribution B(6, 1/3). Find D(X).', r'\frac{4}{3}', False),
    ],
    'probability.independent': [  # 1 − 0.4·0.5
        (r'(5 分) 甲、乙两人独立地向同一目标各射击一次，命中率分别为 $0.6$ 和 $0.5$，则目标被击中的概率为 ____', '0.8', False),
        ('甲、乙两人各射击一次，命中的概率分别为 0.6 和 0.5，两人是否命中互不影响，求目标被击中的概率', '0.8', False),
        ('A and B independently shoot at a target, hitting it with probabilities 0.6 and 0.5. Find the probability that the target is hit.', '0.8', False),
    ],
    'probability.conditional': [  # 3 red of the 5 left
        (r'(5 分) 一个袋中有 $4$ 个红球、$2$ 个白球，不放回地依次取出 $2$ 个球，已知第一次取到红球，则第二次取到红球的概率为 ____', r'\frac{3}{5}', False),
        ('袋中有 4 个红球和 2 个白球，不放回地依次摸两个球，在第一次摸到红球的条件下，求第二次摸到红球的概率', r'\frac{3}{5}', False),
        ('A bag has 4 red and 2 white balls. Two are drawn one after another without replacement. Given that the first is red, what is the probability that the second is red?', r'\frac{3}{5}', False),
    ],
    'probability.total': [  # 0.6·0.02 + 0.4·0.05
        (r'(5 分) 甲、乙两台机床生产同一种零件，甲生产的零件占 $60\%$，次品率为 $2\%$；乙生产的占 $40\%$，次品率为 $5\%$。从中任取一个零件，则它是次品的概率为 ____', '0.032', False),
        ('甲、乙两台机床生产同一种零件，甲的产品占 60%，次品率为 2%；乙的产品占 40%，次品率为 5%。任取一个零件，求它是次品的概率', '0.032', False),
        ('Machine A makes 60% of the parts with 2% defective, and machine B makes 40% with 5% defective. Find the probability that a randomly chosen part is defective.', '0.032', False),
    ],
    'probability.pick_numbers': [  # one odd and one even: 4 of 6
        (r'(5 分) 从 $1,2,3,4$ 中任取两个不同的数，则它们的和为奇数的概率为 ____', r'\frac{2}{3}', False),
        ('从 1,2,3,4 中任取两个不同的数，求两数之和为奇数的概率', r'\frac{2}{3}', False),
        ('Two different numbers are picked at random from 1, 2, 3, 4. What is the probability that their sum is odd?', r'\frac{2}{3}', False),
    ],
    'probability.distribution_table': [  # a = 0.2: E = 0.5 + 0.4
        (r'(5 分) 已知随机变量 $X$ 的分布列为：$X=0,1,2$ 时，概率分别为 $0.3,0.5,a$，则 $E(X)=$ ____', '0.9', False),
        ('随机变量 X 的分布列为：X=0,1,2 时，概率分别为 0.3,0.5,a，求 E(X)', '0.9', False),
        ('A random variable X takes 0, 1, 2 with probabilities 0.3, 0.5, a. Find E(X).', '0.9', False),
    ],
    'probability.hypergeometric': [  # 2·3/10
        (r'(5 分) 袋中有 $7$ 个白球和 $3$ 个黑球，从中不放回地任取 $2$ 个，记 $X$ 为取到的黑球个数，则 $E(X)=$ ____', r'\frac{3}{5}', False),
        ('袋中有 7 个白球和 3 个黑球，从中不放回地任取 2 个，记 X 为取到的黑球个数，求 E(X)', r'\frac{3}{5}', False),
        ('A bag has 7 white and 3 black balls; 2 are drawn without replacement. Let X be the number of black balls. Find E(X).', r'\frac{3}{5}', False),
    ],
    'probability.normal_symmetry': [  # P(2<X<4) = 0.3 = P(0<X<2)
        (r'(5 分) 已知随机变量 $X\sim N\left(2,\sigma^2\right)$，若 $P(X<4)=0.8$，则 $P(0<X<2)=$ ____', '0.3', False),
        ('随机变量 X 服从正态分布 N(2, σ^2)，且 P(X<4)=0.8，求 P(0<X<2)', '0.3', False),
        ('Suppose X ~ N(2, σ^2) and P(X < 4) = 0.8. Find P(0 < X < 2).', '0.3', False),
    ],
    'probability.match': [  # p² + 2p²q = 0.36 + 0.288
        (r'(5 分) 甲、乙两人进行乒乓球比赛，采用三局两胜制，已知每局比赛甲获胜的概率为 $0.6$，各局比赛结果相互独立，则甲获胜的概率为 ____', '0.648', False),
        ('甲、乙两人比赛，采用三局两胜制，每局甲获胜的概率为 0.6，各局结果相互独立，求甲最终获胜的概率', '0.648', False),
        ('A and B play a best-of-three match; A wins each game with probability 0.6, independently. Find the probability that A wins the match.', '0.648', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_counting_probability_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

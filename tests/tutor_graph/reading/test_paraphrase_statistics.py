"""Paraphrase table, statistics (统计): every type in exam LaTeX, plain textbook Chinese and English.

Each row is solved as the graph solves it without a model; the answer must be correct, and verified where
the row says so (a phrasing whose reading is partial is answered but never verified). Answers worked by hand.
"""

import pytest

from tests.tutor_graph.reading.paraphrasing import assert_solved, table_cases

TABLE = {  # type: [(text, expected, verified)]
    'statistics.basic': [  # mean 5: (4+0+4+1+1)/5
        (r'(5 分) 一组数据 $3,5,7,4,6$ 的方差为 ____', '2', False),
        ('求数据 3, 5, 7, 4, 6 的方差', '2', True),
        ('Find the variance of the data 3, 5, 7, 4, 6.', '2', False),
    ],
    'statistics.percentile': [  # 8·0.25 = 2: (15+17)/2
        (r'(5 分) 数据 $12,15,17,20,23,25,28,30$ 的第 $25$ 百分位数是 ____', '16', False),
        ('求数据 12, 15, 17, 20, 23, 25, 28, 30 的第 25 百分位数', '16', False),
        ('Find the 25th percentile of the data 12, 15, 17, 20, 23, 25, 28, 30.', '16', False),
    ],
    'statistics.regression': [  # Sxy = 13, Sxx = 10: b = 1.3, a = 5 − 3.9
        (r'(5 分) 已知变量 $x$ 与 $y$ 的一组数据为 $(1,2)$，$(2,4)$，$(3,5)$，$(4,7)$，$(5,7)$，则 $y$ 关于 $x$ 的经验回归方程为 ____', 'y=1.3x+1.1', False),
        ('已知 x 与 y 的五组数据 (1,2), (2,4), (3,5), (4,7), (5,7)，求 y 关于 x 的线性回归方程', 'y=1.3x+1.1', False),
        ('For the paired data (1, 2), (2, 4), (3, 5), (4, 7), (5, 7), find the least-squares regression line of y on x.', 'y=1.3x+1.1', False),
    ],
    'statistics.chi_square': [  # 100·(900 − 400)²/50⁴
        (r'(5 分) 已知 $2\times 2$ 列联表中 $a=30$，$b=20$，$c=20$，$d=30$，求 $\chi^2$ 的值', '4', False),
        ('2×2 列联表中 a=30, b=20, c=20, d=30，求 χ^2 的值', '4', False),
        ('In a 2×2 contingency table, a = 30, b = 20, c = 20, d = 30. Find the value of the chi-square statistic.', '4', False),
    ],
    'statistics.stratified': [  # 500·30/1500
        (r'(5 分) 某工厂甲、乙、丙三个车间分别有工人 $600$ 人、$500$ 人、$400$ 人，用分层抽样的方法抽取 $30$ 人，则乙车间应抽取多少人？', '10', False),
        ('某工厂甲、乙、丙三个车间分别有工人 600 人、500 人、400 人，用分层抽样的方法抽取 30 人，乙车间应抽取多少人？', '10', False),
        ('A factory has 600, 500 and 400 workers in workshops A, B and C. A stratified sample of 30 is drawn. How many from workshop B?', '10', False),
    ],
    'statistics.histogram': [  # (0.02 + a + 0.04 + 0.01)·10 = 1
        (r'(5 分) 某频率分布直方图中，组距为 $10$，各组为 $[50,60)$，$[60,70)$，$[70,80)$，$[80,90]$，对应的频率/组距依次为 $0.02$，$a$，$0.04$，$0.01$，求 $a$', '0.03', False),
        ('频率分布直方图的组距为 10，各组为 [50,60), [60,70), [70,80), [80,90]，频率/组距分别为 0.02, a, 0.04, 0.01，求 a', '0.03', False),
        ('A frequency histogram has class width 10 with classes [50,60), [60,70), [70,80), [80,90] and heights 0.02, a, 0.04, 0.01. Find a.', '0.03', False),
    ],
    'statistics.transform': [  # 3²·2
        (r'(5 分) 若数据 $x_1,x_2,\cdots,x_n$ 的方差为 $2$，则数据 $3x_1+1,3x_2+1,\cdots,3x_n+1$ 的方差为 ____', '18', False),
        ('已知数据 x_1, x_2, ..., x_n 的方差为 2，求数据 3x_1+1, 3x_2+1, ..., 3x_n+1 的方差', '18', False),
        ('The data x_1, ..., x_n have variance 2. Find the variance of 3x_1 + 1, ..., 3x_n + 1.', '18', False),
    ],
}
CASES = table_cases(TABLE)


@pytest.mark.parametrize(("kind", "text", "expected", "verified"), CASES,
                         ids=[f"{k}-{i % 3}" for i, (k, *_) in enumerate(CASES)])
def test_statistics_phrasing(kind, text, expected, verified):
    assert_solved(text, expected, verified)

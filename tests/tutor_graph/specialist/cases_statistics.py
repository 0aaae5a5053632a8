"""Paired data, contingency tables and grouped data: texts written for these tests (not from the
bank), answers worked by hand. Rows: (text, type id, answer)."""

CASES = [
    # regression and correlation
    ("某商店统计了广告费 x（万元）与销售额 y（万元）的数据：x 的取值为 2, 4, 5, 6, 8，y 的取值为 30, 40, 60, 50, 70，求 y 关于 x 的回归方程。",
     "statistics.regression", "y=6.5x+17.5"),  # Sxy=130, Sxx=20
    ("For the paired data (1, 1), (2, 3), (3, 4), (4, 6), (5, 6), find the least-squares regression line of y on x.",
     "statistics.regression", "y=1.3x+0.1"),  # Sxy=13, Sxx=10
    ("Find the correlation coefficient r of the paired data (1, 1), (2, 3), (3, 2).", "statistics.regression", "\\frac12"),  # 1/√(2·2)
    ("回归方程为 $\\hat y=0.8x+3$，样本点 $(5, 6.5)$ 的残差是多少？", "statistics.regression", "-0.5"),
    ("由成对数据求得 $\\bar x=4$，$\\bar y=10$，经验回归方程为 $\\hat y=2x+\\hat a$，预测 $x=7$ 时 $y$ 的值。", "statistics.regression", "16"),
    # contingency
    ("某调查共 200 人：男生中支持的 60 人、反对的 40 人；女生中支持的 40 人、反对的 60 人。求 $\\chi^2$ 的值。", "statistics.chi_square", "8"),
    ("In a 2×2 contingency table a = 10, b = 20, c = 30, d = 40. Compute the chi-square statistic.", "statistics.chi_square", "\\frac{50}{63}"),
    # stratified sampling
    ("某公司甲、乙、丙三个部门分别有员工 120 人、80 人、200 人，用分层抽样的方法抽取 40 人，乙部门应抽取多少人？", "statistics.stratified", "8"),
    ("A factory has 200, 300 and 500 workers in workshops A, B and C. A stratified sample of 40 is drawn. How many from workshop C?",
     "statistics.stratified", "20"),
    # histograms
    ("某频率分布直方图中，组距为 10，各组为 [40,50),[50,60),[60,70),[70,80]，对应的频率/组距依次为 0.01, 0.03, 0.04, 0.02，估计平均数。",
     "statistics.histogram", "62"),  # 45·0.1 + 55·0.3 + 65·0.4 + 75·0.2
    ("A histogram has class width 5, classes [0,5), [5,10), [10,15), [15,20], with heights 0.02, 0.06, a, 0.04. Find a.",
     "statistics.histogram", "0.08"),
    # linear transforms
    ("已知数据 x_1, x_2, ..., x_n 的平均数为 4，标准差为 3，求数据 -2x_1+5, -2x_2+5, ..., -2x_n+5 的平均数。", "statistics.transform", "-3"),
    ("Data x_1, ..., x_n have variance 4. Find the standard deviation of 3x_1 - 1, ..., 3x_n - 1.", "statistics.transform", "6"),
]

DECLINED = [
    "已知 a=10, b=20, c=30, d=40，求 (ad-bc)^2 的值。",  # four named numbers are not a contingency table
    "某调查共 200 人：男生中支持的 60 人、反对的 40 人；女生中支持的 40 人、反对的 60 人。能否有 99% 的把握认为支持与性别有关？",
]

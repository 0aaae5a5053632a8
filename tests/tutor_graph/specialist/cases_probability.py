"""More probability: texts written for these tests (not from the bank), answers worked by hand.
Rows: (text, type id, answer)."""

CASES = [
    ("袋中有 5 个红球、3 个白球，不放回地依次摸出 2 个球。已知第一次摸到白球，求第二次摸到红球的概率。", "probability.conditional", "\\frac57"),
    ("A box has 4 black and 6 white balls. Two are drawn in turn without replacement. Given the first is black, find the probability the second is black.",
     "probability.conditional", "\\frac13"),
    ("某工厂有甲、乙、丙三个车间，甲生产的产品占 50%，次品率为 1%；乙生产的占 30%，次品率为 2%；丙生产的占 20%，次品率为 3%。任取一件，求它是次品的概率。",
     "probability.total", "0.017"),
    ("Machine A makes 70% of the parts with 1% defective; machine B makes 30% with 4% defective. Given that the part is defective, find the probability it came from machine B.",
     "probability.total", "\\frac{12}{19}"),  # 0.012 / 0.019
    ("袋中有 5 个红球和 3 个白球，从中不放回地任取 2 个，记 X 为取到的红球个数，求 E(X)。", "probability.hypergeometric", "\\frac54"),
    ("A bag has 3 red and 3 black balls; 2 are drawn without replacement. Let X be the number of black balls. Find E(X).", "probability.hypergeometric", "1"),
    ("设随机变量 X~N(1, σ^2)，P(X>3)=0.1，求 P(-1<X<3)。", "probability.normal_symmetry", "0.8"),
    ("Let X ~ N(3, σ^2) with P(X > 5) = 0.2. Find P(1 < X < 3).", "probability.normal_symmetry", "0.3"),
    ("甲、乙两人进行比赛，采用五局三胜制，每局甲获胜的概率都是 0.5，各局结果相互独立。求甲最终获胜的概率。", "probability.match", "\\frac12"),
    ("A and B play until one leads by two games; A wins each game with probability 3/4, independently. Find the probability that A wins.",
     "probability.match", "\\frac{9}{10}"),
    ("随机变量 X 的分布列为：X=1,2,3 时，概率分别为 0.2,0.5,a。求 D(X)。", "probability.distribution_table", "0.49"),
    ("A random variable takes -1, 0, 1 with probabilities 1/4, 1/2, a. Find a.", "probability.distribution_table", "\\frac14"),
    # template types (types/probability/): Bayes in Chinese (0.4·0.05 / (0.4·0.05 + 0.6·0.02) = 5/8), a normal
    # given below its mean (P(X<1) = 0.3 → each tail 0.3, the middle 0.4), E(aX+b) of a binomial (3·3 − 2)
    ("某厂甲车间生产的产品占 40%，次品率为 5%；乙车间生产的占 60%，次品率为 2%。已知取到的是次品，求它是甲车间生产的概率。",
     "probability.total", "\\frac58"),
    ("设 X~N(2, σ^2)，P(X<1)=0.3，求 P(1<X<3)。", "probability.normal_symmetry", "0.4"),
    ("Let X ~ B(6, 1/2). Find E(3X-2).", "probability.binomial", "7"),
    # numbers taken from a list: 1..5 has 3 odd, 2 even; an even product is the complement of C_3^2/C_5^2 = 3/10
    ("从 1,2,3,4,5 中任取两个不同的数，求它们的积为偶数的概率。", "probability.pick_numbers", "\\frac{7}{10}"),
    ("从 1,2,3,4,5,6 这六个数中任取三个不同的数，则它们的和是 3 的倍数的概率为", "probability.pick_numbers", "\\frac25"),  # 8 of 20
    ("Two different numbers are chosen at random from 2, 3, 5, 7. Find the probability that their sum is at least 9.",
     "probability.pick_numbers", "\\frac12"),  # 9, 10, 12 of 5, 7, 9, 8, 10, 12
    ("Choose three numbers from 1, 2, 3, 4, 5, 6. What is the probability that their sum is odd?", "probability.pick_numbers", "\\frac12"),
]

DECLINED = [
    "（接上题）已知取到的零件是次品，求它是乙机床生产的概率。",  # the data are in another problem
    "从 1,2,3,4 中有放回地任取两个数，求它们的和为偶数的概率。",  # with replacement: another sample space
    "Two numbers are selected at random from 2, 3, 5, 7. Find the probability that their product is odd and their sum is 10.",
    "从 1,2,3,4,5 中任取两个不同的数，求它们的和。",  # asks the sum, not a probability
]

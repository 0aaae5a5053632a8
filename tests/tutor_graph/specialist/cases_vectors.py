"""Vectors on named figures (scalar projection from coordinates, a triangle's median, dot products in a square or
rectangle): texts written for these tests (not from the bank), answers worked by hand. Rows: (text, type id, answer)."""

CASES = [
    # PQ = (-2, 2), PR = (4, 3): (-8 + 6) / 5
    ("已知点 $P(0,1)$，$Q(-2,3)$，$R(4,4)$，求向量 $\\vec{PQ}$ 在向量 $\\vec{PR}$ 上的投影的数量。", "vector.projection", "-\\frac{2}{5}"),
    # AB = (3, 4), AC = (4, 0): 12 / 4
    ("Given A(2,1), B(5,5) and C(6,1), find the scalar projection of $\\vec{AB}$ on $\\vec{AC}$.", "vector.projection", "3"),
    # AD^2 = (9 + 25 + 2·3·5·(-1/2)) / 4 = 19/4
    ("在 $\\triangle ABC$ 中，$AB=3$，$AC=5$，$\\angle A=120^\\circ$，$D$ 是 $BC$ 的中点，求 $AD$ 的长。", "vector.median", "\\frac{\\sqrt{19}}{2}"),
    # PM^2 = (16 + 36 + 2·4·6·(1/2)) / 4 = 19
    ("In triangle PQR, PQ = 4, PR = 6, ∠P = 60°, and M is the midpoint of QR. Find the length of PM.", "vector.median", "\\sqrt{19}"),
    # A(0,0), C(4,4), E(2,4): 8 + 16
    ("正方形 $ABCD$ 的边长为 4，$E$ 为 $CD$ 的中点，求 $\\vec{AE}\\cdot\\vec{AC}$。", "vector.square_dot", "24"),
    # A(0,0), B(4,0), C(4,2), M(2,2): AM = (2,2), AC = (4,2)
    ("Rectangle ABCD has AB = 4 and BC = 2, and M is the midpoint of CD. Find $\\vec{AM}\\cdot\\vec{AC}$.", "vector.square_dot", "12"),
]

DECLINED = [
    "已知点 $A(1,2)$，$B(3,4)$，$C(5,0)$，求 $\\vec{AB}$ 在 $\\vec{AC}$ 上的投影向量。",  # a vector is asked
    "在 $\\triangle ABC$ 中，$AB=2$，$AC=4$，$B=60^\\circ$，$D$ 为 $BC$ 的中点，求 $AD$ 的长。",  # B is not the included angle
    "正方形 $ABCD$ 的边长为 2，$P$ 是 $CD$ 上的动点，求 $\\vec{AP}\\cdot\\vec{BP}$ 的最小值。",  # a moving point, a minimum
]

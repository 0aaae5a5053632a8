"""Space vectors and solids: problem texts written for these tests (not from the bank), answers
worked by hand. Rows: (text, type id, answer)."""

CASES = [
    # vectors in space
    ("已知空间向量 a=(2,1,-2), b=(1,2,2)，求 |a-2b|。", "space.vector", "3\\sqrt5"),  # (0,-3,-6)
    ("已知向量 $\\vec a=(3,-2,1)$，$\\vec b=(1,4,m)$，且 $\\vec a\\perp\\vec b$，求 $m$。", "space.vector", "m=5"),  # 3-8+m=0
    ("Given vectors a = (1, 1, 0) and b = (-1, 0, 1), find the angle between a and b.", "space.vector", "120^\\circ"),  # cos=-1/2
    ("Given space vectors a = (1, -2, 4) and b = (-2, m, -8) with a parallel to b, find m.", "space.vector", "m=4"),  # b=-2a
    ("已知 A(2,0,0), B(0,2,0), C(0,0,4), P(1,1,3)，求点 P 到平面 ABC 的距离。", "space.distance", "1"),  # 2x+2y+z=4
    ("Find the distance between the points M(2, -1, 3) and N(0, 1, 4).", "space.distance", "3"),  # (-2,2,1)
    # named solids by coordinates
    ("在直三棱柱 ABC-A_1B_1C_1 中，∠BAC=90°，AB=AC=AA_1=2，求异面直线 A_1B 与 AC_1 所成角的余弦值。",
     "solid.coordinates", "\\frac12"),  # (2,0,-2)·(0,2,2) = -4, lengths 2√2
    ("在四棱锥 P-ABCD 中，底面 ABCD 是矩形，PA⊥平面 ABCD，AB=2，AD=1，PA=1，求点 B 到平面 PCD 的距离。",
     "solid.coordinates", "\\frac{\\sqrt2}{2}"),  # plane PCD: y+z=1
    ("在棱长为 2 的正方体 ABCD-A_1B_1C_1D_1 中，求点 A 到直线 BD_1 的距离。", "solid.coordinates", "\\frac{2\\sqrt6}{3}"),  # a√6/3
    ("正四棱锥 P-ABCD 的底面边长为 2，侧棱长为 2，求侧棱 PA 与底面所成角。", "solid.coordinates", "45^\\circ"),  # height √2
    ("在正方体 ABCD-A_1B_1C_1D_1 中，求直线 BD_1 与底面所成角的正切值。", "solid.coordinates", "\\frac{\\sqrt2}{2}"),  # 1/√2
    ("In the cube ABCD-A_1B_1C_1D_1 with edge 2, E is the midpoint of CC_1. Find the sine of the angle between line AE and the base ABCD.",
     "solid.coordinates", "\\frac13"),  # AE=(2,2,1)
    ("In a tetrahedron P-ABC, PA, PB and PC are mutually perpendicular and PA=PB=PC=1. Find the distance from P to the plane ABC.",
     "solid.coordinates", "\\frac{\\sqrt3}{3}"),
    ("In the unit cube ABCD-A_1B_1C_1D_1, find the angle between line A_1B and the base.", "solid.coordinates", "45^\\circ"),
]

# Recognised shapes we must still refuse: an oriented dihedral angle, a distance with no size given.
DECLINED = [
    "在正方体 ABCD-A_1B_1C_1D_1 中，求二面角 A_1-BD-A 的大小。",
    "在正方体 ABCD-A_1B_1C_1D_1 中，求点 A 到平面 A_1BD 的距离。",
    "在长方体 ABCD-A_1B_1C_1D_1 中，求异面直线 AC_1 与 BD 所成角的余弦值。",  # no sizes: the angle depends on them
]

CASES += [
    # measuring solids
    ("已知圆柱的底面半径为 2，高为 3，求它的侧面积。", "solid.measure", "12\\pi"),  # 2π·2·3
    ("A cone has base radius 6 and height 8. Find its total surface area.", "solid.measure", "96\\pi"),  # l=10: 36π+60π
    ("正三棱柱的底面边长为 2，侧棱长为 3，求它的体积。", "solid.measure", "3\\sqrt3"),  # (√3/4)·4·3
    ("A sphere has surface area 16π. Find its volume.", "solid.measure", "\\frac{32\\pi}{3}"),  # r=2
    ("长方体的长、宽、高分别为 3, 4, 5，求它的外接球的表面积。", "solid.measure", "50\\pi"),  # (2R)²=50
    ("A regular tetrahedron has edge 2. Find its volume.", "solid.measure", "\\frac{2\\sqrt2}{3}"),  # a³√2/12
    ("正四棱锥的底面边长为 6，高为 4，求它的侧面积。", "solid.measure", "60"),  # slant height 5
    ("求棱长为 2 的正方体的内切球的体积。", "solid.measure", "\\frac{4\\pi}{3}"),  # r=1
    ("A cylinder has base radius 3 and height 8. Find the radius of its circumscribed sphere.", "solid.measure", "5"),  # √(9+16)
]
DECLINED += [
    "求正方体的体积。",  # no size
    "袋中有 3 个红球和 2 个白球，求取到红球的概率。",  # balls in a bag are not spheres
    "一个圆锥的体积为 12π，底面半径为 3，求它的高。",  # an inverse problem we do not set up yet
]

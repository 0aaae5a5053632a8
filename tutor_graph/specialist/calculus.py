"""The shared first steps of the derivative chains not yet moved to `types/derivatives/` (the function as a
given, its derivative). The function itself is read by `types/derivatives/analysis.py`."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.functions import fdef
from tutor_graph.specialist.render import plain, tex


def _ctx(d: dict[str, Any]) -> list[str]:
    return [fdef(d["name"], d["var"], d["body"])]


def _derivative_step(chain: Chain, d: dict[str, Any]) -> None:
    f, x = d["name"], d["var"]
    fp = sp.factor(d["fp"]) if d["fp"].is_polynomial(x) else sp.simplify(d["fp"])
    chain.ask((f"求导：${f}'({x})$ 等于什么？", f"Differentiate: what is ${f}'({x})$?"),
              (f"${f}'({x})={tex(fp)}$",) * 2, f"{f}'({x}) = {plain(fp)}", context=_ctx(d),
              kps=["deriv.basic", "deriv.rules"],
              hints=[("函数由哪些基本初等函数组成？它们的导数公式各是什么？", "Which basic functions is f built from, and what are their derivatives?"),
                     ("再用和、差、积、商的求导法则把各部分合起来；结果写成什么形式最便于看出正负？",
                      "Combine the parts with the sum, product and quotient rules; which form of the result shows its sign best?")])

"""Exponents and logarithms: evaluating expressions (term by term / laws of logarithms / change of base).
Exponential and logarithmic equations are in `explog_equations.py`."""

from __future__ import annotations

import re

import sympy as sp

from tutor_graph.checks import try_expr
from tutor_graph.specialist.chain import Chain
from tutor_graph.specialist.problem import Problem
from tutor_graph.specialist.registering import Match, Method, Solver, register
from tutor_graph.specialist.render import dollar, plain, tex

_EVAL_WORDS = ("计算", "求值", "求下列", "化简", "的值", "compute", "evaluate", "simplify", "calculate", "value of")


def _terms(text: str) -> list[str]:
    """Split an expression's text at top-level + and - (keeping the sign with the term)."""
    out, depth, cur = [], 0, ""
    for i, ch in enumerate(text):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch in "+-" and depth == 0 and cur.strip() and text[i - 1] not in "^_(*/":
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [t.strip() for t in out if t.strip()]


def _display(term: str) -> str:
    """A term of the problem text as LaTeX for display (the parsed value would already be evaluated)."""
    t = re.sub(r"log_\{?([^\s{}()]+)\}?", r"\\log_{\1}", term.strip())
    t = re.sub(r"\b(lg|ln)\b", r"\\\1", t)
    t = re.sub(r"\(\((\d+)\)/\((\d+)\)\)", r"\\frac{\1}{\2}", t)
    t = re.sub(r"sqrt\(([^()]*)\)", r"\\sqrt{\1}", t)
    return t.replace("*", r" \cdot ")


_LOG_TERM = re.compile(r"^([+-]?)\s*(\d*)\s*\*?\s*(?:log_\{?(\d+)\}?|(lg)|(ln))\s*\(?\s*(\d+(?:/\d+)?|\(\(\d+\)/\(\d+\)\))\s*\)?$")


def _log_text_terms(text: str) -> list[tuple[sp.Expr, sp.Expr, sp.Expr]] | None:
    """`2lg 5 + lg 4` -> [(2, 5, 10), (1, 4, 10)] read from the text (parsing would evaluate the logs)."""
    out = []
    for t in _terms(text):
        m = _LOG_TERM.match(t.strip())
        if not m:
            return None
        sign, coef, base, lg, ln, arg = m.groups()
        c = sp.Integer(coef or 1) * (-1 if sign == "-" else 1)
        b = sp.Integer(base) if base else (sp.Integer(10) if lg else sp.E)
        out.append((c, try_expr(arg), b))
    return out if len(out) >= 2 and all(a is not None for _, a, _ in out) and \
        any(sum(1 for *_, b in out if b == base) >= 2 for base in {b for *_, b in out}) else None


def _log_terms(e: sp.Expr) -> list[tuple[sp.Expr, sp.Expr, sp.Expr]] | None:
    """`c*log(a)/log(b)` terms as (c, a, b) when every term is a log to one base; else None."""
    out = []
    for t in sp.Add.make_args(e):
        c, rest = t.as_coeff_Mul()
        logs = [f for f in sp.Mul.make_args(rest) if isinstance(f, sp.log)]
        inv = [f.base for f in sp.Mul.make_args(rest) if isinstance(f, sp.Pow) and f.exp == -1 and isinstance(f.base, sp.log)]
        if len(logs) != 1 or len(inv) > 1:
            return None
        base = inv[0].args[0] if inv else sp.E
        out.append((c, logs[0].args[0], base))
    return out if len({b for *_, b in out}) == 1 and len(out) >= 2 else None


def detect_evaluate(p: Problem) -> Match | None:
    if not p.has(*_EVAL_WORDS) or not re.search(r"log|lg|ln|\^", p.text):
        return None
    exprs = [(f, e) for f in p.fragments if "=" not in f and (e := try_expr(f)) is not None and not e.free_symbols]
    exprs = [(f, e) for f, e in exprs if re.search(r"log|lg|ln|\^", f) and len(f) > 3]
    if len(exprs) != 1:
        return None
    text, e = exprs[0]
    if not re.search(r"log|lg|ln|\^\s*[{(]*\s*-|\^\s*[{(][^{}]*?/", text):
        return None  # no logarithm, negative or fractional exponent: plain arithmetic is not ours
    value = sp.nsimplify(sp.simplify(sp.expand_log(e, force=True)))
    if value.has(sp.log) or sp.count_ops(value) > 6:
        return None  # not a textbook evaluation with a clean answer
    return Match([text], "value", {"text": text, "expr": e, "value": value}, 0.9)


def _term_by_term(chain: Chain, d: dict) -> None:
    terms = _terms(d["text"])
    chain.idea(("式子由几项组成？能不能先分别求出每一项的值，再合起来？", "How many terms does the expression have, and can each be evaluated first, then combined?"),
               ("能：每一项都是能直接求值的指数幂或对数，逐项求值后再相加减", "yes: each term is a power or a logarithm with a value of its own; evaluate each, then add up"),
               kps=["exp.rational_power", "log.concept"],
               hints=[("每一项是指数幂还是对数？", "Is each term a power or a logarithm?"),
                      ("哪一项最容易先算出来？", "Which term is easiest to evaluate first?")])
    values = []
    for t in terms:
        v = sp.nsimplify(sp.simplify(try_expr(t)))
        values.append(v)
        shown = _display(t.lstrip("+"))
        chain.ask((f"${shown}$ 等于多少？", f"What is ${shown}$?"), (f"${tex(v)}$",) * 2,
                  f"{t.lstrip('+')} = {plain(v)}", kps=["log.concept" if "l" in t else "exp.rational_power"],
                  hints=[("对数 $\\log_a N=b$ 与指数式 $a^b=N$ 是什么关系？", "How is $\\log_a N=b$ related to $a^b=N$?"),
                         ("底数的几次方等于真数？", "Which power of the base equals the argument?")] if "l" in t else
                        [("分数指数幂 $a^{\\frac{m}{n}}$ 可以写成什么根式？负指数又表示什么？", "Which root is $a^{\\frac{m}{n}}$, and what does a negative exponent mean?"),
                         ("底数能写成某个数的几次方吗？", "Can the base be written as a power of some number?")])
    total = sp.nsimplify(sum(values))
    chain.ask(("把各项的值合起来，结果是多少？", "Combine the values. What is the result?"), (f"${tex(total)}$",) * 2,
              f"{' + '.join(f'({plain(v)})' for v in values)} = {plain(total)}", kps=["exp.power_rules"],
              hints=[("每一项前面的符号是什么？", "What is the sign in front of each term?"),
                     ("把各项的值按符号相加，得多少？", "Add the values with their signs: what do you get?")])
    chain.done((dollar(total),) * 2, (plain(d["value"]),) * 2)


def _log_name(base) -> tuple[str, str]:
    """(plain, LaTeX) name of a logarithm to this base."""
    if base == 10:
        return "lg", "\\lg"
    if base == sp.E:
        return "ln", "\\ln"
    return f"log_{plain(base)}", f"\\log_{{{plain(base)}}}"


def _log_rules(chain: Chain, d: dict) -> None:
    """Combine the logarithms of each base into one (log M + log N = log MN), then evaluate."""
    terms = _log_text_terms(d["text"])
    chain.idea(("几个同底的对数相加减，能不能先合并成一个对数？", "Can several logarithms with the same base be combined into one first?"),
               ("能：用运算性质 $\\log_a M+\\log_a N=\\log_a(MN)$、$n\\log_a M=\\log_a M^n$ 合并，再求值",
                "yes: by $\\log_a M+\\log_a N=\\log_a(MN)$ and $n\\log_a M=\\log_a M^n$, then evaluate"),
               kps=["log.rules"],
               hints=[("对数的运算性质有哪几条？", "Which laws of logarithms do you know?"),
                      ("合并之后，真数会不会变成底数的整数次幂？", "After combining, is the argument a whole power of the base?")])
    groups: dict = {}
    for c, a, b in terms:
        groups.setdefault(b, []).append((c, a))
    values = []
    for base, items in groups.items():
        name, tname = _log_name(base)
        shown = " + ".join(f"{plain(c)}*{name}({plain(a)})" if c != 1 else f"{name}({plain(a)})" for c, a in items).replace("+ -", "- ")
        if len(items) >= 2:
            product = sp.nsimplify(sp.Mul(*[a**c for c, a in items]))
            chain.ask(("同底的对数用运算性质合并，得到哪一个对数？",
                       "Combining the logarithms with the same base, which single logarithm do you get?"),
                      (f"${tname}{{{tex(product)}}}$",) * 2, f"{shown} = {name}({plain(product)})", kps=["log.rules"],
                      hints=[("对数前面的系数能移到哪里？", "Where can the coefficient in front of a logarithm go?"),
                             ("对数相加、相减，真数分别怎样运算？", "When logarithms are added or subtracted, what happens to the arguments?")])
        else:
            product = sp.nsimplify(items[0][1] ** items[0][0])
        value = sp.nsimplify(sp.log(product, base))
        chain.ask((f"${tname}{{{tex(product)}}}$ 的值是多少？", f"What is ${tname}{{{tex(product)}}}$?"), (f"${tex(value)}$",) * 2,
                  f"{name}({plain(product)}) = {plain(value)}", kps=["log.concept"],
                  hints=[("对数 $\\log_a N=b$ 与指数式 $a^b=N$ 是什么关系？", "How is $\\log_a N=b$ related to $a^b=N$?"),
                         ("底数的几次方等于真数？", "Which power of the base equals the argument?")])
        values.append(value)
    total = sp.nsimplify(sum(values))
    if len(values) > 1:
        chain.ask(("把各部分的值相加，结果是多少？", "Add the parts. What is the result?"), (f"${tex(total)}$",) * 2,
                  f"{' + '.join(f'({plain(v)})' for v in values)} = {plain(total)}", kps=["log.rules"],
                  hints=[("各部分的值分别是多少？", "What is each part worth?"),
                         ("按原式中的符号相加减，得多少？", "Add them with the signs of the expression: what is it?")])
    chain.done((dollar(total),) * 2, (plain(d["value"]),) * 2)


def _log_product(e: sp.Expr, text: str):
    """Factors `log_a b` of a product of logarithms written in the text, e.g. log_2 3 * log_3 4."""
    parts = re.split(r"\*", text)
    if len(parts) < 2 or not all(re.match(r"\s*(log_\S+|lg|ln)", q) for q in parts):
        return None
    logs = [try_expr(q) for q in parts]
    return logs if all(v is not None for v in logs) else None


def _change_base(chain: Chain, d: dict) -> None:
    parts = [q.strip() for q in d["text"].split("*")]
    ratios = []
    for q in parts:
        m = re.match(r"log_\{?(\d+)\}?\s*\(?(\d+)\)?", q)
        if not m:
            raise ValueError("not log_a b")
        ratios.append((int(m.group(2)), int(m.group(1))))
    shown = " \\cdot ".join(f"\\frac{{\\lg {n}}}{{\\lg {b}}}" for n, b in ratios)
    chain.idea(("底数不同的对数相乘，怎样才能化简？", "How can a product of logarithms with different bases be simplified?"),
               ("用换底公式把它们化成同一个底数，再约分", "rewrite them in one common base by the change-of-base formula, then cancel"),
               kps=["log.change_base"],
               hints=[("不同底数的对数能直接运算吗？", "Can logarithms with different bases be combined directly?"),
                      ("换底公式把 $\\log_a b$ 写成了什么？", "What does the change-of-base formula turn $\\log_a b$ into?")])
    chain.ask(("用换底公式 $\\log_a b=\\frac{\\lg b}{\\lg a}$ 把每个对数化成常用对数，得到什么？",
               "Use the change-of-base formula $\\log_a b=\\frac{\\lg b}{\\lg a}$ on each factor. What do you get?"),
              (f"${shown}$",) * 2, f"{d['text']} = " + " * ".join(f"(lg {n} / lg {b})" for n, b in ratios),
              kps=["log.change_base"],
              hints=[("每个因式 $\\log_a b$ 的分子、分母各是什么？", "For each factor $\\log_a b$, what goes on top and what below?"),
                     ("都换成常用对数后，写成分数相乘的形式是什么？", "With common logarithms throughout, what product of fractions do you get?")])
    value = d["value"]
    chain.ask(("约分化简，结果是多少？", "Cancel and simplify. What is the result?"), (f"${tex(value)}$",) * 2,
              " * ".join(f"(lg {n} / lg {b})" for n, b in ratios) + f" = {plain(value)}", kps=["log.rules", "log.change_base"],
              hints=[("哪些分子、分母能相互约去？", "Which tops and bottoms cancel?"),
                     ("真数是某个数的幂时，例如 $\\lg 4$，能写成什么？", "When an argument is a power, like $\\lg 4$, what can it be written as?")])
    chain.done((dollar(value),) * 2, (plain(d["value"]),) * 2)


register(Solver("explog.evaluate", "exp_log", detect_evaluate, (
    Method(("运算性质合并", "Laws of logarithms"), _log_rules, lambda d: _log_text_terms(d["text"]) is not None),
    Method(("逐项求值", "Term by term"), _term_by_term, lambda d: len(_terms(d["text"])) >= 2 and all(
        (v := try_expr(t)) is not None and sp.nsimplify(sp.simplify(v)).is_Rational for t in _terms(d["text"]))),
    Method(("换底公式", "Change of base"), lambda c, d: _change_base(c, d), lambda d: _log_product(d["expr"], d["text"]) is not None),
), ("log.rules",), priority=45, answers=frozenset({"expr"})))

"""`read(problem) -> Reading`: the problem text as objects, formal givens tied to their spans, goals, options.

Pure string work, no SymPy (it runs in the caller, in milliseconds): every given's claim is a formula the
math layer parses later. Whatever the reader does not account for goes to `unread`, and a reading with
anything unread is partial (never the basis of a verified answer).
"""

from __future__ import annotations

import re

from tutor_graph.reading import (
    chance_words,
    complex_words,
    conics,
    exam_words,
    expansions,
    plane_objects,
    set_algebra,
    solids,
    vector_algebra,
    vectors,
    vocabulary,
    word_formulas,
)
from tutor_graph.reading.algebra_words import algebra_words
from tutor_graph.reading.asking import ASK, ON_INTERVAL, is_english, read_goals
from tutor_graph.reading.equation_words import EquationWords
from tutor_graph.reading.figure_words import FigureWords
from tutor_graph.reading.normalising import BLANK, normalise_exam
from tutor_graph.reading.parts import parts_of
from tutor_graph.result import ReadGiven, ReadGoal, Reading, ReadObject

_CLAUSE_END = re.compile(r"[，。；？！;?!]|,\s*(?=[\u4e00-\u9fff])|,\s+(?=(?:if|and|then|find|given|where|what|"
                         r"compute|solve|how)\b)|(?<!\.\.)\.\s+|(?<=\.\.)\.\s+(?![-+(\d,])|(?<=[\u4e00-\u9fff])\s*(?=则|那么)")
_RELATION = re.compile(r"(?<![<>!])(?:<=|>=|!=|=|<|>|≤|≥|≠|\\le\b|\\ge\b|\\ne\b|\\neq\b|\\in\b|∈|\\lt|\\gt)")
# words that carry no mathematics of their own ("单位向量", "正数", "非零" do: they stay, so the reading is partial)
_FILLER = re.compile(r"全集|已知|对于|使得|使|设|若|如果|假设|且|并且|其中|则|那么|满足|有|的|为|是|记|令|实数|常数|向量|函数|"
                     r"数列|复数|集合|点|两个|两|个|中|在|上|内|时|当|均|都|和|与|及|等于|取|\b(?:let|given|if|"
                     r"and|be|the|with|where|that|such|real|numbers?|positive|are|is|of)\b")
_ENGLISH_WORDS = re.compile(r"(?<!\\)\b(?:in|the|let|given|if|and|suppose|that|with|where|then|geometric|arithmetic|"
                            r"sequence|vectors?|function|real|complex|numbers?|positive|be|are|is|of|such|has|have|"
                            r"satisf(?:y|ies|ying)|holds?|equations?|(?<![\s\S])for|for(?=\s+(?:every|all|any)\s+real\b)|"
                            r"when|(?<!\S)an?(?= [A-Za-z]{3,}))\b", re.I)  # the article a only as a word of its own, never "+a and"
MAX_CLAUSE = 400
_NUMBER_SET = r"\\mathbb\{[RNZQ]\}(?:\^\*|_\+)?"  # "定义在 R 上": the domain named, nothing more
CHOICE_ASK = re.compile(r"(?:则|那么|因此)?\s*(?:下列(?:结论|命题|说法|不等式|关系式|关系|大小关系|式子|选项|各式)?(?:中)?)?\s*"
                        r"(?:一定)?(?:正确|成立|错误|不正确|不成立)?\s*(?:的(?:是|为))?\s*")
MATH_SYMBOLS = "√π≤≥≠∈∥⊥·°×÷∫∞∩∪αβθφ"
SEQUENCE = re.compile(r"(?<![A-Za-z}^_])\\?\{\s*([a-z])_\{?n\}?\s*\\?\}")  # never the {a_n} of \frac{a_n}{…}
_NAME = r"(?:[A-Za-z](?:_\{?[0-9a-z]+\}?)?(?:\([a-z]\))?|\\(?:alpha|beta|theta|varphi|omega))"


def _math_runs(clause: str) -> list[tuple[str, int]]:
    """Runs of formula characters with their offsets, split at commas outside brackets."""
    runs, start, depth = [], None, 0
    for i, ch in enumerate(clause + "\0"):
        mathy = ch.isascii() and ch not in "\0" or ch in MATH_SYMBOLS
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if mathy and not (ch == "," and depth == 0):
            if start is None:
                start = i
            continue
        if start is not None:
            runs.append((clause[start:i], start))
        start, depth = None, depth if mathy else 0
    out = []
    for run, at in runs:
        lead = len(run) - len(run.lstrip(" ,."))
        text = run.strip(" ,.:")
        if text and re.search(r"[A-Za-z0-9]", text):
            out.append((text, at + lead))
    return out


def _top_level_pieces(run: str) -> list[str]:
    """A run split at its commas outside every bracket ("\\alpha\\in(0,\\frac{\\pi}{4})" stays whole)."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(run):
        depth += ch in "([{"
        depth -= ch in ")]}" and depth > 0
        if ch == "," and depth == 0:
            pieces.append(run[start:i])
            start = i + 1
    return [*pieces, run[start:]]


def _clauses(text: str, offset: int = 0) -> list[tuple[str, int]]:
    out, pos = [], 0
    for m in _CLAUSE_END.finditer(text + "。"):
        piece = text[pos:m.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((piece.strip(), offset + pos + lead))
        pos = m.end()
    return out


class _Reader(FigureWords, EquationWords):
    def __init__(self, text: str, raw: str, options: dict[str, str] | None = None) -> None:
        self.text = text
        self.options = options or {}
        self.objects: list[ReadObject] = []
        self.givens: list[ReadGiven] = []
        self.goals: list[ReadGoal] = []
        self.unread: list[str] = []
        self.coords: vectors.Coords = {}
        self.functions: dict[str, tuple[str, str]] = {}
        self.figure = solids.figure_of(text)  # the one solid or figure the problem is about, if any
        # a letter written with an arrow in the source is a vector wherever it appears
        self.vector_names = set(re.findall(r"\\(?:vec|overrightarrow)\s*\{?\s*(?:\\math(?:rm|bf|it)\s*\{)?\s*([A-Za-z]{1,2})",
                                           raw))
        if "向量" in text or "vector" in text.lower():
            self.vector_names |= set(re.findall(r"(?<![A-Za-z\\])([a-z])\s*=\s*\(", text))
            m = re.search(r"向量\s*((?:[a-z]\s*[,，、]\s*)*[a-z])(?![A-Za-z(])", text)
            if m:
                self.vector_names |= set(re.findall(r"[a-z]", m.group(1)))

    def add_object(self, name: str, kind: str, value: str = "") -> None:
        for obj in self.objects:
            if obj["name"] == name:
                obj["value"] = obj["value"] or value
                return
        self.objects.append(ReadObject(name=name, kind=kind, value=value))

    def add_given(self, text: str, start: int, claim: str, kind: str) -> None:
        self.givens.append(ReadGiven(text=text, span=[start, start + len(text)], claim=claim, kind=kind))

    # -- one clause that states something ------------------------------------------------------------
    def given_clause(self, clause: str, at: int) -> None:
        if len(clause) > MAX_CLAUSE:  # no sentence of a problem is this long: not read (and no regex runs long)
            self.unread.append(clause[:80] + "…")
            return
        if re.search(r"\S\s*时\s*[^，。]*=", clause):
            # "当 x>0 时 f(x)=x^2-2x": a definition that holds only under a condition is not formalised (read as
            # two givens it would define f everywhere, and a wrong value could pass back-substitution)
            self.unread.append(clause)
            return
        clause = exam_words.sequence_facts(self, clause, at)  # before English words are blanked: it reads some
        clause = vector_algebra.vector_words(self, clause, at)
        clause = exam_words.complex_notation(self, clause, at)
        clause = complex_words.read_complex(self, clause, at)  # before English words are blanked: it reads some
        clause = set_algebra.subset_words(self, clause, at)
        clause = exam_words.tangent_facts(self, clause, at)
        clause = algebra_words(self, clause, at)  # solution sets, rectangles, points passed through (algebra)
        clause = _ENGLISH_WORDS.sub(lambda m: "，".center(len(m.group(0))), clause)  # a break, offsets kept
        clause = self.triangle_words(clause, at)
        clause = self.measure_words(clause, at)
        clause = self.complex_words(clause, at)
        clause = expansions.read_expansions(self, clause, at)
        clause = conics.read_conics(self, clause, at)
        clause = self.line_words(self.root_words(clause, at), at)
        left = clause
        for rel in vocabulary.relations_in(clause, self.coords, self.functions):
            start = at + rel.start
            self.add_given(rel.text, start, rel.claim, rel.kind)
            if not rel.claim:
                self.unread.append(rel.text)
            left = left.replace(rel.text, " ")
        left = self.sign_words(left, at)
        left = self.sequence_words(left, at)
        for run, offset in _math_runs(left):
            self.statement(run, at + clause.find(run) if run in clause else at + offset)
        rest = re.sub(rf"[\x00-\x7f{MATH_SYMBOLS}]+", " ", left)
        rest = re.sub(r"等差数列|等比数列|首项|公比|公差|前\s*\d*\s*项和?", " ", rest)
        for word in vocabulary.unformalised_words(rest):
            if word not in ("等差", "等比"):
                self.unread.append(word)
        rest = _FILLER.sub(" ", rest)
        if re.search(r"[\u4e00-\u9fff]", rest):
            self.unread.append(clause)

    def sign_words(self, clause: str, at: int) -> str:
        """"x, y 为正数" → x > 0, y > 0 (and 负数, 非负数); the clause with what was read blanked out."""
        signs = {"正数": ">0", "正实数": ">0", "负数": "<0", "负实数": "<0", "非负数": ">=0", "非负实数": ">=0"}
        for m in re.finditer(r"([a-z](?:\s*[,，、]\s*[a-z])*)\s*(?:均|都)?(?:为|是)\s*(非负实数|非负数|正实数|负实数|正数|负数)", clause):
            for name in re.findall(r"[a-z]", m.group(1)):
                self.add_given(m.group(0), at + m.start(), f"{name}{signs[m.group(2)]}", "inequality")
            clause = clause.replace(m.group(0), " " * len(m.group(0)))
        return clause

    def sequence_words(self, clause: str, at: int) -> str:
        """Sequence kind and named terms (首项 公比 公差); the clause with what was read blanked out."""
        kind = "arithmetic" if "等差" in clause else "geometric" if "等比" in clause else ""
        kind = kind or ("arithmetic" if "arithmetic" in self.text.lower() else "geometric"
                        if "geometric" in self.text.lower() else "")
        clause = self.sum_words(clause, at)
        m = SEQUENCE.search(clause)
        if kind or m:
            name = m.group(1) if m else "a"
            self.add_object(f"{{{name}_n}}", "sequence", kind)
        if m:
            clause = clause.replace(m.group(0), " " * len(m.group(0)))
        if kind or m:  # "前 9 项和 S_9=27": the count names the sum, the equation says it
            clause = re.sub(r"前\s*\d+\s*项(?:和|之和)?", lambda w: " " * len(w.group(0)), clause)
        for w in re.finditer(r"第\s*(\d+)\s*项\s*(?:是|为|等于|=)\s*([-+]?[0-9./\\{}]+)", clause):  # "第 3 项是 5"
            self.add_given(w.group(0), at + w.start(), f"{m.group(1) if m else 'a'}_{{{w.group(1)}}}={w.group(2)}",
                           "definition")
            clause = clause.replace(w.group(0), " " * len(w.group(0)))
        for word, symbol in (("首项", f"{m.group(1) if m else 'a'}_1"), ("公比", "q"), ("公差", "d")):
            found = re.search(rf"{word}\s*(?:为|是|等于|=)\s*([-+]?[0-9./\\{{}}a-z]+)", clause)
            if found:
                self.add_given(found.group(0), at + found.start(), f"{symbol}={found.group(1)}", "definition")
                clause = clause.replace(found.group(0), " " * len(found.group(0)))
        return clause

    def sum_words(self, clause: str, at: int) -> str:
        """"T_n 为 {b_n} 的前 n 项和", "{a_n} 的前 n 项和为 S_n" → T_n = Σ b_k: the sum named, as a definition."""
        seq = r"\\?\{\s*([a-z])_\{?n\}?\s*\\?\}"
        for m in re.finditer(rf"([A-Z])_\{{?n\}}?\s*(?:为|是)\s*(?:数列\s*)?{seq}\s*的前\s*n\s*项(?:和|之和)|"
                             rf"{seq}\s*的前\s*n\s*项(?:和|之和)\s*(?:为|是|记为|记作)\s*([A-Z])_\{{?n\}}?(?!\s*=)", clause):
            # (not "… 的前 n 项和为 S_n=n^2-3n": there the formula after it is the given)
            total, term = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            self.add_given(m.group(0), at + m.start(), f"{total}_n=\\sum_{{k=1}}^{{n}} {term}_k", "definition")
            self.add_object(f"{{{term}_n}}", "sequence")
            clause = clause.replace(m.group(0), " " * len(m.group(0)))
        return clause

    def statement(self, run: str, at: int) -> None:
        """One formula of a given clause: a definition, an equation, an inequality, a membership, or unread."""
        if "\\begin" in run or "&" in run:  # a piecewise definition (cases) is not formalised: said so
            self.unread.append(run)
            return
        for piece in _top_level_pieces(run):
            piece = piece.strip()
            if not piece:
                continue
            # AB = (…) only when written with an arrow (\overrightarrow{AB}): a vector between two points
            m = re.fullmatch(rf"({_NAME}|[A-Z]{{2}})\s*=\s*\(([^()]*)\)", piece)
            if m and len(m.group(1)) == 2 and m.group(1).isupper() and m.group(1) not in self.vector_names:
                m = None
            if m and "," in m.group(2) and (m.group(1) in self.vector_names or m.group(1).islower()):
                self.coords[m.group(1)] = tuple(c.strip() for c in m.group(2).split(","))
                self.add_object(m.group(1), "vector", f"({m.group(2)})")
                self.add_given(piece, at + run.find(piece), "", "definition")
                continue
            m = re.fullmatch(r"([a-z])\s*=\s*(.+)", piece)
            combination = vectors.vector_of(m.group(2), self.coords) if m and self.coords else None
            if m and combination and m.group(1) not in self.coords:  # c = a + k b: a vector by its coordinates
                self.coords[m.group(1)] = combination
                self.add_object(m.group(1), "vector", "(" + ", ".join(combination) + ")")
                self.add_given(piece, at + run.find(piece), "", "definition")
                continue
            m = re.fullmatch(r"([A-Z])\s*\(([^()]*,[^()]*)\)", piece)
            if m:
                self.add_object(m.group(1), "point", f"({m.group(2)})")
                continue
            if not _RELATION.search(piece):
                if re.fullmatch(rf"{_NAME}(?:\s*,\s*{_NAME})*|\\\{{\s*[a-z]_\{{?n\}}?\s*\\\}}|{_NUMBER_SET}", piece):
                    continue  # names mentioned ("向量 a, b", "{a_n}")
                self.unread.append(piece)
                continue
            self.add_given(piece, at + run.find(piece), self.scalar(piece), self.kind_of(piece))
            self.distinct_elements(piece, at + run.find(piece))

    def scalar(self, claim: str) -> str:
        """Vector terms written by their coordinates (`|a|` → √(x²+y²), `a\\cdot b` → x₁x₂+y₁y₂)."""
        return vectors.scalar_form(claim, self.coords)

    def kind_of(self, piece: str) -> str:
        m = re.match(rf"\s*({_NAME})\s*=(?!=)\s*(.+)$", piece)
        if re.search(r"∈|\\in\b", piece):
            return "membership"
        if re.search(r"<|>|≤|≥|\\le|\\ge|≠|\\ne", piece):
            return "inequality"
        if m and not re.search(rf"(?<![A-Za-z]){re.escape(m.group(1))}(?![A-Za-z0-9_])", m.group(2)):
            name = m.group(1)
            f = re.fullmatch(r"([a-z])\(([a-z])\)", name)
            if f:
                self.functions[f.group(1)] = (f.group(2), m.group(2))
                self.add_object(f.group(1), "function", m.group(2))
            elif name == "z" or "i" in re.findall(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])", m.group(2)) and "复数" in self.text:
                self.add_object(name, "complex", m.group(2))
            elif re.fullmatch(r"[A-Z]", name) and "\\{" in m.group(2):
                self.add_object(name, "set", m.group(2))
            return "definition"
        return "equation"

    # -- the asking clause ----------------------------------------------------------------------------
    def asking_clause(self, clause: str, at: int, part: str) -> None:
        if len(clause) > MAX_CLAUSE:
            self.unread.append(clause[:80] + "…")
            return
        formula = solids.asked(clause, self.figure) if self.figure else ""
        goals = [ReadGoal(text=clause, kind="value", expression=formula, part=part)] if formula else \
            read_goals(clause, part)
        point = exam_words.quadrant_goal(clause, self.options)
        if point:  # "则在复平面内 z 对应的点位于": the quadrant of a complex number
            goals = [ReadGoal(text=clause, kind="quadrant", expression=point, part=part)]
        conic_asked = conics.ask_conic(self, clause, at)
        if conic_asked:  # "则 C 的离心率为": a property of a conic read before
            goals = [ReadGoal(text=clause, kind="conic", expression=conic_asked, part=part)]
        asked = expansions.expansion_goal(clause, getattr(self, "last_expansion", ""))
        if asked:  # "P 的展开式中 M 的系数 / 常数项" asked
            goals = [ReadGoal(text=clause, kind="coefficient", expression=asked, part=part)]
        if not goals and self.options and CHOICE_ASK.fullmatch(clause.replace(BLANK, "").strip()):
            # "则 ____", "则下列结论正确的是": the options are the statements to judge
            goals = [ReadGoal(text=clause, kind="choice", expression="", part=part)]
        if not goals:
            self.unread.append(clause)
            return
        if any(re.match(r"\s*[+*/^=]", g["expression"]) for g in goals):
            # a fragment such as "+i^2023" (a formula cut at a symbol the asking rules do not know, e.g. "…"):
            # never a complete reading, so never the basis of a verified answer
            self.unread.append(clause)
        # a clause like "若 x+y=1, 求 …" carries givens before the ask
        head = re.split(r"求|计算|则|那么|find|compute|what|which", clause, maxsplit=1, flags=re.I)[0]
        if head.strip() and head.strip() != clause.strip() and _RELATION.search(head):
            self.given_clause(head, at)
        for m in ON_INTERVAL.finditer(clause):
            self.add_given(m.group(0), at + m.start(), f"x \\in {m.group(1) or m.group(2)}", "membership")
        tail = re.search(r"\s+such that\s+(.+?)\s*[.?]?$", clause, re.I)
        if tail and is_english(clause):  # "find the real number m such that (…)+(…)i is purely imaginary": a given
            self.given_clause(tail.group(1), at + tail.start(1))
            for g in goals:
                g["expression"] = re.sub(r"\s+such that\s+.*$", "", g["expression"], flags=re.I)
        for g in goals:
            # "函数 f(x)=x^3-3x 的最大值": the asked expression carries its own definition
            d = re.fullmatch(rf"\s*({_NAME})\s*=\s*(.+)", g["expression"])
            if d and g["kind"] in ("extremum", "interval", "range", "value"):
                self.statement(g["expression"], at + max(clause.find(g["expression"]), 0))
                g["expression"] = d.group(1)
            elif not d and (inner := embedded_definition(g["expression"])):
                # "定义域(f(x)=\sqrt{x-1})", "zeros of f(x) = x^2 - 4x + 3": the function is defined where it is asked about
                start, end, name = inner
                definition = g["expression"][start:end]
                self.statement(definition, at + max(clause.find(definition), 0))
                g["expression"] = g["expression"][:start] + name + g["expression"][end:]
            if g["kind"] in ("tangent", "tangent_through") and (inner := embedded_definition(clause)):
                # "求曲线 y=x^3-3x 在 x=2 处的切线方程": the curve is defined where its tangent is asked for
                start, end, _ = inner
                self.statement(clause[start:end], at + start)
        self.goals += goals

    def read(self) -> None:
        for label, piece, offset in parts_of(self.text):
            clauses = _clauses(piece, offset)
            asks = [i for i, (c, _) in enumerate(clauses) if ASK.search(c) or c.endswith(BLANK)
                    or exam_words.quadrant_goal(c, self.options)]
            if not asks and clauses and not label:
                asks = [len(clauses) - 1] if re.search(r"(?:=|为|是)\s*$", clauses[-1][0]) else []
            for i, (clause, at) in enumerate(clauses):
                if i in asks:
                    self.asking_clause(clause, at, label)
                else:
                    self.given_clause(clause, at)


_DEFINED = re.compile(r"(?<![0-9A-Za-z\\+\-*/^_.)}|])(?:([a-hk-z])\s*\(\s*([a-z])\s*\)|(y))\s*=(?!=)")
_DEFINITION_ENDS = re.compile(r"\s+(?:is|has|have|lies|at|on|in|for|to|when|where|and|with)\b|[\u4e00-\u9fff，。；]")


def embedded_definition(expression: str) -> tuple[int, int, str] | None:
    """`(start, end, name)` of a definition `f(x)=…` / `y=…` inside an asked expression, not at its start.

    >>> e = "定义域(f(x)=2^{x-1}+1)"; s, t, name = embedded_definition(e); e[s:t], name
    ('f(x)=2^{x-1}+1', 'f(x)')
    >>> e = "where f(x)=x^2-2x is decreasing"; s, t, name = embedded_definition(e); e[s:t], name
    ('f(x)=x^2-2x', 'f(x)')
    >>> [embedded_definition(e) for e in ("f(x)=x^2", "a_n", "x+2y=5", "x + y = 5, x - y = 1")]
    [None, None, None, None]
    """
    m = _DEFINED.search(expression)
    before = expression[:m.start()].rstrip() if m else ""
    if not m or not before or before[-1] in "+-*/^=<>,|" or _RELATION.search(before):
        return None  # "x + y = 5, x - y = 1": an equation of a system, not a definition
    depth, end = 0, len(expression)
    for i in range(m.end(), len(expression)):
        ch = expression[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                end = i
                break
            depth -= 1
        elif depth == 0 and _DEFINITION_ENDS.match(expression, i):
            end = i
            break
    body = expression[m.end():end].strip()
    if not body or not re.search(r"[0-9a-z]", body):
        return None
    end = m.end() + len(expression[m.end():end].rstrip())
    name = f"{m.group(1)}({m.group(2)})" if m.group(1) else "y"
    return m.start(), end, name


def read(problem: str) -> Reading:
    """Read a problem (exam LaTeX, textbook Chinese or English) into a Reading; never raises on odd text."""
    norm = normalise_exam(problem)
    # "角 A，B，C 的对边分别为 a，b，c": a list of letters is one clause (same length, so spans stay true)
    norm.text = re.sub(r"(?<![A-Za-z\\])([A-Ca-c])\s*，(?=\s*[A-Ca-c](?![A-Za-z])\s*[，,的])", r"\1,", norm.text)
    norm.text = re.sub(r"(?<![A-Za-z\\])([A-Ca-c])\s*，(?=\s*[A-Ca-c](?![A-Za-z])\s*[，,的])", r"\1,", norm.text)
    norm.text = expansions.join_clauses(norm.text)
    norm.text = exam_words.triangle_sides(norm.text)
    reader = _Reader(norm.text, str(problem or ""), norm.options)
    try:
        if not word_formulas.fill(reader, norm.text):  # a counting / probability word problem is read whole
            reader.read()
        chance_words.read_chance(reader, str(problem or ""))  # counting and probability objects, from the words
        plane_objects.read_plane(reader, str(problem or ""))  # lines, curves, points of the plane as objects
        reader.triangle_laws()
        if reader.figure and any(g["text"] and solids.measure(g["text"], reader.figure) for g in reader.givens):
            where = reader.text.find(reader.figure)  # a measure was read: the figure's own relations hold
            for claim in solids.relations(reader.figure):
                reader.add_given(reader.figure, where, claim, "inequality" if ">" in claim else "equation")
    except Exception:  # a reader bug on odd text must not end the solve: the reading is then partial, honestly
        reader.unread.append(norm.text or "?")
    goals = reader.goals
    if norm.options:
        goals = goals or [ReadGoal(text=norm.text, kind="choice", expression="", part="")]
    unread = list(dict.fromkeys(u for u in reader.unread if u.strip()))
    complete = bool(goals) and not unread and all(g["expression"] or g["kind"] in ("prove", "choice") for g in goals)
    return Reading(text=norm.text, objects=reader.objects, givens=reader.givens, goals=goals,
                   options=norm.options, unread=unread, complete=complete)

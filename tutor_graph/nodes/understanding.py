"""The understand node: normalise the text, pick out givens and goal, find knowledge points, ask the specialist.

>>> normalise_text("  解方程　ｘ^2-5x+6=0 。 ")
'解方程 x^2-5x+6=0 。'
>>> givens_and_goal("已知 f(x)=x^3-3x，求 f(x) 在 [0,2] 上的最大值。")
(['f(x)=x^3-3x'], '求 f(x) 在 [0,2] 上的最大值', [])
>>> givens_and_goal("已知 a_1=2, d=3, x∈[0,2]，解不等式 x^2-3x+2>0")
(['a_1=2', 'd=3', 'x∈[0,2]'], '解不等式 x^2-3x+2>0', ['x^2-3x+2>0'])
"""

from __future__ import annotations

import re

from tutor_graph import prompts
from tutor_graph.nodes import deps
from tutor_graph.nodes.deps import Missing, retrieve
from tutor_graph.nodes.running import NodeRun
from tutor_graph.reading import read
from tutor_graph.reading.verifying import context_of
from tutor_graph.state import RESET, SolveState

MAX_PROBLEM = 4000  # characters; longer input is cut, with a warning

_GOAL_WORDS = re.compile(
    r"求|解方程|解不等式|计算|化简|判断|证明|是多少|为多少|多少|几|\b(solve|find|compute|evaluate|determine|"
    r"simplify|prove|show|what|how many|which)\b",
    re.I,
)
# A clause that asks to solve the relation it contains: that relation is the goal, not a given.
_SOLVE_WORDS = re.compile(r"解方程|解不等式|解关于|求解|的解集|的解|\bsolve\b", re.I)
_CLAUSE = re.compile(r"[。；;？?！!\n]|，|,(?=\s*[\u4e00-\u9fff])|,\s+(?=[A-Za-z]{3,})")
_MATH_CHARS = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_^+-*/().[]{}|'√π=<>≤≥≠∈ ,\\")
_RELATION = re.compile(r"[=<>≤≥≠∈]")


def _math_runs(clause: str) -> list[str]:
    """Runs of math characters, split at commas outside brackets ("a_1=2, d=3" → two, "x∈[0,2]" → one)."""
    runs, current, depth = [], [], 0
    for ch in clause + "\0":
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        if ch in _MATH_CHARS and not (ch == "," and depth == 0):
            current.append(ch)
            continue
        run = "".join(current).strip(" .,")
        if run:
            runs.append(run)
        current, depth = [], 0 if ch not in _MATH_CHARS else depth
    return runs


def normalise_text(text: str) -> str:
    """Full-width ASCII to half-width, whitespace collapsed; the mathematics itself is left as written."""
    text = text.replace("\u3000", " ")
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    return re.sub(r"\s+", " ", text).strip()[:MAX_PROBLEM]


def givens_and_goal(text: str) -> tuple[list[str], str, list[str]]:
    """Split a problem into its given relations, the clause that asks, and the relations it asks to solve."""
    clauses = [c.strip(" .:：") for c in _CLAUSE.split(text) if c and c.strip(" .:：")]
    goal = next((c for c in reversed(clauses) if _GOAL_WORDS.search(c)), clauses[-1] if clauses else "")
    givens: list[str] = []
    to_solve: list[str] = []
    for clause in clauses:
        target = to_solve if _SOLVE_WORDS.search(clause) else givens
        for run in _math_runs(clause):
            # A math fact has a relation and something on each side, e.g. "f(x)=x^3-3x", "x>0".
            if _RELATION.search(run) and re.search(r"[0-9A-Za-z]", run) and len(run) <= 200 and run not in target:
                target.append(run)
    return givens, goal, to_solve


RELATIVE_SCORE = 0.75  # retrieved knowledge points scoring below this share of the best one are noise


def knowledge_for(text: str, k: int = 3) -> tuple[list[str], list[str], str]:
    """Return (knowledge-point ids, similar bank problem ids, topic) for a text; raise Missing without content."""
    found = retrieve(text, k)
    best = found.points[0].score if found.points else 0.0
    points = [p.id for p in found.points if p.score >= RELATIVE_SCORE * best]
    topic = found.points[0].module if found.points else ""
    return points, [p.id for p in found.problems], topic


def understand(state: SolveState, run: NodeRun) -> dict:
    """Normalise the problem, extract givens and goal, ask the specialist, decide whether the model runs."""
    problem = state.get("problem", "")
    if len(problem) > MAX_PROBLEM:
        run.warn(f"题目过长，只读取前 {MAX_PROBLEM} 个字符。 / The problem is long; only its first {MAX_PROBLEM} characters are read.")
    text = normalise_text(problem)
    givens, goal, to_solve = givens_and_goal(text)
    reading = state.get("corrected_reading") or read(problem[:MAX_PROBLEM])  # pure string work: milliseconds
    if reading.get("corrected"):
        # the teacher's givens are the checker's context, not the text's (which was misread)
        givens = context_of(reading)
        run.warn(prompts.NOTE_READING_CORRECTED)
    update: dict = {"text": text, "reading": reading, "givens": givens, "goal": goal, "to_solve": to_solve, "knowledge_points": [],
                    "similar": [], "topic": "", "recognised": False, "symbolic": None, "steps": [], "cursor": 0,
                    "tries": 0, "plan_attempts": 0, "plan_error": "", "chain_fallback": False, "solutions": [],
                    "variants": [], "plan": [], "method": "", "final_answer": "", "prerequisites": {},
                    "retrieved": False, "specialist_failed": False, "trace": [RESET],
                    "warnings": [RESET]}
    try:
        recognition = deps.recognise(text, run.settings.symbolic_timeout_s)  # in a worker, time-bounded
    except Missing as gone:
        run.warn(gone.note)
        recognition = None
        update["specialist_failed"] = True  # timed out or missing: no second try by the general strategies
    if recognition:
        # The specialist names the type and the goal better than the heuristics above. Its givens
        # also include the relation to be solved, which must not become a condition of every claim,
        # so the checker's context stays the heuristic split.
        update.update(recognised=True, topic=str(recognition.get("topic", "")),
                      knowledge_points=list(recognition.get("knowledge_points") or []))
    else:
        run.warn(prompts.NOTE_UNRECOGNISED)
    settings = run.settings
    if settings.model_use == "never":
        use_model = False
        run.warn(prompts.NOTE_MODEL_NEVER)
    elif settings.model_use == "auto" and settings.is_embedded and update["recognised"]:
        use_model = False
        run.warn(prompts.NOTE_MODEL_SKIPPED)
    elif settings.model_use == "auto" and settings.is_embedded:
        # Fail fast: the demo model cannot do mathematics, so running it for a minute on a problem nothing
        # recognises only delays the honest answer. It runs when asked (model_use=always).
        use_model = False
        run.warn(prompts.NOTE_UNRECOGNISED_FAST)
    else:
        use_model = True
        if settings.is_embedded:
            run.warn(prompts.NOTE_EMBEDDED_WEAK)
    update["use_model"] = use_model
    if use_model:
        # The plan prompt names the knowledge points; without the model they wait for the link
        # node, so a cold retriever (seconds to build) does not delay the first guiding question.
        update.update(problem_knowledge(text, update["knowledge_points"], update["topic"], run))
    return update


def problem_knowledge(text: str, known: list[str], topic: str, run: NodeRun) -> dict:
    """State update with the problem's knowledge points (the specialist's first), similar problems and topic."""
    try:
        points, similar, found_topic = knowledge_for(text)
    except Missing as gone:
        run.warn(gone.note)
        return {"retrieved": True}
    return {"knowledge_points": list(dict.fromkeys([*known, *points])), "similar": similar,
            "topic": topic or found_topic, "retrieved": True}

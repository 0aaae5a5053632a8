"""Prompt templates (Chinese and English) for the solve graph, and the notes it shows users. Strings only.

Written for reasoning models: they may think first (the thinking goes to the trace, never to the
answer); what we parse comes last, in a fixed shape.
"""

from content.language import one_language

# JSON Schema of the plan the model writes; tutor_graph.parsing_output.Plan validates against the same shape.
PLAN_SCHEMA = """{
  "type": "object",
  "required": ["method", "steps"],
  "properties": {
    "method": {"type": "string", "description": "name of the method, e.g. 因式分解法"},
    "steps": {
      "type": "array", "minItems": 1, "maxItems": 8,
      "items": {
        "type": "object",
        "required": ["question", "establishes"],
        "properties": {
          "question": {"type": "string", "description": "one guiding question for the student"},
          "establishes": {"type": "string", "description": "what its answer establishes, as math where possible"}
        }
      }
    }
  }
}"""

ALTERNATIVE_SCHEMA = """{
  "type": "object",
  "required": ["method", "steps", "final_answer"],
  "properties": {
    "method": {"type": "string"},
    "steps": {"type": "array", "minItems": 1, "maxItems": 8, "items": {
      "type": "object", "required": ["question", "answer", "claim"],
      "properties": {"question": {"type": "string"}, "answer": {"type": "string"},
                     "claim": {"type": "string", "description": "plain math SymPy can check, or \\"\\""}}}},
    "final_answer": {"type": "string"}
  }
}"""

VARIANTS_SCHEMA = """{
  "type": "object",
  "required": ["variants"],
  "properties": {"variants": {"type": "array", "items": {
    "type": "object", "required": ["question", "change", "answer"],
    "properties": {"question": {"type": "string"}, "change": {"type": "string"},
                   "answer": {"type": "string", "description": "its final answer"}}}}}
}"""

SYSTEM = {
    "zh": (
        "你是一位经验丰富的高中数学教师，擅长用问题链（一串循序渐进的引导问题）帮助学生自己想出解法。"
        "你可以先思考，但最后的输出必须严格符合要求的格式。数学式用纯文本（如 x^2-5x+6=0、sqrt(2)、pi）。"
    ),
    "en": (
        "You are an experienced senior-high mathematics teacher who helps students find solutions themselves "
        "through a question chain: a short sequence of guiding questions. You may think first, but your final "
        "output must keep exactly to the requested format. Write math as plain text (x^2-5x+6=0, sqrt(2), pi)."
    ),
}

PLAN = {
    "zh": (
        "题目：{problem}\n已知：{givens}\n所求：{goal}\n相关知识点：{knowledge}\n\n"
        "请为这道题设计一条问题链（2 到 6 个引导问题），每个问题推进一步，最后一个问题得出最终答案。"
        "对每个问题写出它的回答应当确立的结论（尽量写成可检验的数学式）。\n"
        "只输出一个 JSON 对象，符合以下 JSON Schema，不要输出其他文字：\n{schema}"
    ),
    "en": (
        "Problem: {problem}\nGiven: {givens}\nGoal: {goal}\nRelated knowledge points: {knowledge}\n\n"
        "Design a question chain for this problem: 2 to 6 guiding questions, each one step further, the last one "
        "reaching the final answer. For each question state what its answer should establish (as checkable "
        "math where possible).\nOutput only one JSON object matching this JSON Schema, nothing else:\n{schema}"
    ),
}

PLAN_RETRY = {
    "zh": "你上一次的输出不符合要求：{error}\n请只输出一个符合 Schema 的 JSON 对象。",
    "en": "Your previous output was invalid: {error}\nOutput only one JSON object matching the schema.",
}

ANSWER = {
    "zh": (
        "题目：{problem}\n已知：{givens}\n\n前面的问题与回答：\n{history}\n\n"
        "现在回答这个引导问题：{question}\n（它应当确立：{establishes}）\n\n"
        "简要作答。最后两行必须是：\nANSWER: 给学生看的回答\n"
        "CLAIM: 一条可以用 SymPy 检验的纯文本数学结论（如恒等式 x^2-5x+6=(x-2)*(x-3)，或推出关系 x^2-5x+6=0 ⇒ x=2 或 x=3），没有可检验内容时留空\n"
        "可以再加一行 HINT: 给学生的提示（不能直接说出答案）"
    ),
    "en": (
        "Problem: {problem}\nGiven: {givens}\n\nEarlier questions and answers:\n{history}\n\n"
        "Now answer this guiding question: {question}\n(It should establish: {establishes})\n\n"
        "Answer briefly. The last two lines must be:\nANSWER: the answer shown to the student\n"
        "CLAIM: one plain-text math claim SymPy can check (an identity such as x^2-5x+6=(x-2)*(x-3), or an implication such as x^2-5x+6=0 => x=2 or x=3), "
        "empty when there is nothing to check\n"
        "You may add one line HINT: a hint for the student that does not give the answer away"
    ),
}

REPAIR = {
    "zh": (
        "你对引导问题「{question}」的回答有误。\n你的回答：{answer}\n你的结论：{claim}\n"
        "符号检验的结果：{reason}\n反例：{counterexample}\n\n"
        "请找出错误并重新作答。最后两行必须是：\nANSWER: …\nCLAIM: …"
    ),
    "en": (
        "Your answer to the guiding question \"{question}\" is wrong.\nYour answer: {answer}\nYour claim: {claim}\n"
        "The symbolic check says: {reason}\nCounterexample: {counterexample}\n\n"
        "Find the mistake and answer again. The last two lines must be:\nANSWER: …\nCLAIM: …"
    ),
}

ALTERNATIVE = {
    "zh": (
        "题目：{problem}\n已有的解法：{methods}\n\n请用一种与上述解法本质不同的方法解这道题，写成问题链。"
        "每一步给出引导问题、回答和可检验的数学结论。\n"
        "只输出一个 JSON 对象，符合以下 JSON Schema，不要输出其他文字：\n{schema}"
    ),
    "en": (
        "Problem: {problem}\nMethods already used: {methods}\n\nSolve it by a genuinely different method, written "
        "as a question chain: for each step the guiding question, its answer and a checkable math claim.\n"
        "Output only one JSON object matching this JSON Schema, nothing else:\n{schema}"
    ),
}

VARIANTS = {
    "zh": (
        "题目：{problem}\n\n请写出 {n} 道变式题：改变一个条件，或把题目推广。每道说明改变了什么，并给出答案。\n"
        "只输出一个 JSON 对象，符合以下 JSON Schema，不要输出其他文字：\n{schema}"
    ),
    "en": (
        "Problem: {problem}\n\nWrite {n} variant questions: change one condition or generalise the problem, and say "
        "what changed and its answer.\nOutput only one JSON object matching this JSON Schema, nothing else:\n{schema}"
    ),
}

# Notes shown to users in Result.warnings: "中文 / English" (readers show one half, content.language).
# Each says what happened and what to do, in the teacher's words: no setting names, no exception types.
class Note(str):
    """A bilingual note template whose fields may be bilingual too: each half gets its own language."""

    def format(self, *args: object, **fields: object) -> str:  # type: ignore[override]
        zh_t, _, en_t = str(self).partition(" / ")
        halves = {lang: {k: one_language(v, lang) if isinstance(v, str) else v for k, v in fields.items()}
                  for lang in ("zh", "en")}
        return f"{zh_t.format(*args, **halves['zh'])} / {en_t.format(*args, **halves['en'])}"


NOTE_MODEL_SKIPPED = Note(
    "内置演示模型（SmolLM2-135M）不会做数学，本题的问题链由符号求解器构建。"
    " / The embedded demo model cannot do mathematics, so the symbolic specialist built this chain."
)
NOTE_MODEL_NEVER = Note("按设置本次未调用模型。 / The model was not used, as set in Settings.")
NOTE_EMBEDDED_WEAK = Note(
    "内置演示模型（SmolLM2-135M）只用于演示流程，不会做数学；可信的步骤来自符号求解器并已标注。"
    " / The embedded demo model only demonstrates the workflow and cannot do mathematics; trustworthy steps come "
    "from the symbolic specialist and are labelled so."
)
NOTE_MODEL_UNAVAILABLE = Note(
    "推理模型无法使用（无法连接服务或加载模型），本次没有使用模型。请在「设置」中检查模型路径或服务地址，或改用内置演示模型。"
    " / The reasoning model could not be used (its server could not be reached or it would not load), so no model "
    "was used. Check the model's path or server address in Settings, or switch to the embedded demo model."
)
NOTE_PLAN_INVALID = Note(
    "模型写出的问题链格式不对（试了 {tries} 次），已放弃该问题链。换用更强的模型可改善。"
    " / The model's question chain was not in the expected form after {tries} tries and was dropped. A stronger "
    "model would help."
)
NOTE_CHAIN_SYMBOLIC = Note("问题链由符号求解器给出。 / The chain was built by the symbolic specialist.")
NOTE_STEP_SYMBOLIC = Note(
    "第 {index} 步经修正仍未通过检验，改由符号求解器给出。 / Step {index} stayed wrong after repair; the symbolic "
    "specialist supplied it."
)
NOTE_STEP_UNRESOLVED = Note(
    "第 {index} 步未通过检验，符号求解器也无法给出；该步保留并标为错误。 / Step {index} failed its check and the "
    "symbolic specialist could not supply it; it is kept and marked refuted."
)
NOTE_FINAL_WRONG = Note(
    "模型的最终答案 {answer} 与符号求解结果 {reference} 不符，已换用符号求解器的问题链。 / The model's final answer "
    "{answer} disagrees with the symbolic result {reference}; the specialist's chain replaces it."
)
NOTE_UNRECOGNISED = Note(
    "符号求解器不认识这类题目，无法独立核对最终答案。 / The symbolic specialist does not recognise this problem "
    "type, so the final answer could not be checked independently."
)
NOTE_UNRECOGNISED_FAST = Note(
    "没有认出这道题的类型；内置演示模型不会做数学，未调用它（需要时可用 --model-use always）。读题结果已列出，"
    "可在问题链编辑器中自己写出问题链，每一步仍会被检验。 / Nothing recognised this problem, and the embedded demo model "
    "cannot do mathematics, so it was not run (use --model-use always to run it anyway). The reading is shown; "
    "you can write the chain in the chain editor, and every step will still be checked."
)
NOTE_BACK_SUBSTITUTION = Note(
    "「{method}」的答案未通过代入检验，不标为已验证：{reason} / The answer of \"{method}\" failed back-substitution "
    "and is not marked verified: {reason}"
)
NOTE_PARTIAL_READING = Note(
    "题目只读懂了一部分（{unread}），答案不能标为已验证。 / The problem was only partly read ({unread}); no answer "
    "can be marked verified."
)
NOTE_NOT_VERIFIED = Note("最终答案未经验证，请谨慎使用。 / The final answer is not verified: use it with care.")
NOTE_NO_SOLUTION = Note("未能得到解答。 / No solution could be produced.")
NOTE_ALTERNATIVE_DROPPED = Note(
    "模型给出的另一种解法「{method}」未通过检验，已舍弃。 / The model's other method \"{method}\" failed its "
    "checks and was dropped."
)
NOTE_FEWER_METHODS = Note(
    "只得到 {got} 种经验证的解法（要求 {want} 种）。 / Only {got} verified method(s) found ({want} asked for)."
)
NOTE_MISSING = Note("{part}暂时不可用，已跳过：{error} / {part} is not available and was skipped: {error}")
NOTE_TIMEOUT = Note(
    "{part}：{task} 超过 {seconds:.1f} 秒未完成，已停止并跳过；结果的其余部分照常给出。 / "
    "{part}: {task} did not finish within {seconds:.1f} s and was stopped; the rest of the Result stands."
)
NOTE_READING_CORRECTED = Note(
    "按教师更正后的读题求解：已知与所求以更正为准，答案仍须代入更正后的每个已知检验。 / Solved on the reading as corrected "
    "by the teacher: its givens and goals stand, and the answer must still satisfy every corrected given."
)

"""The tutor's words: string templates only, Chinese and English (one language per reply)."""

from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "open": ("我们一步一步来。第一问：{question}", "Let's go step by step. First question: {question}"),
    "next": ("下一问：{question}", "Next question: {question}"),
    "correct": ("对！", "Right!"),
    "correct_form": ("对，这是等价的写法。", "Right, that is an equivalent form."),
    "finished": ("全部完成，你自己得到了答案，很好！", "All done: you reached the answer yourself. Well done!"),
    "no_chain": ("这道题还没有经过验证的问题链，暂时不能练习。请换一道题。",
                 "This problem has no verified question chain yet, so it cannot be practised. Please pick another."),
    "empty": ("请写出你的答案；需要时可以输入“提示”。", "Please type your answer; type \"hint\" if you need one."),
    "unreadable": ("我没读懂这个式子。请用 x=2、{{2,3}}、(1,2]、1/2 这样的写法再试一次。",
                   "I could not read that. Try forms like x=2, {{2,3}}, (1,2] or 1/2."),
    "wrong": ("还不对。", "Not yet."),
    "subst_false": ("把 ${var}={value}$ 代入 ${equation}$：左边 $= {lhs}$，右边 $= {rhs}$，不成立。",
                    "Put ${var}={value}$ into ${equation}$: the left side is ${lhs}$, the right side ${rhs}$; it fails."),
    "subst_undefined": ("把 ${var}={value}$ 代入 ${equation}$：式子无意义（不在定义域内）。",
                        "Put ${var}={value}$ into ${equation}$: it is undefined there (outside the domain)."),
    "subst_true": ("${var}={value}$ 代入后成立，这个值没问题。", "${var}={value}$ does satisfy it; that value is fine."),
    "sample_given": ("取 ${var}={value}$：原式 $= {given}$，你的式子 $= {yours}$，两者不相等，所以不是恒等变形。",
                     "Take ${var}={value}$: the given expression is ${given}$ but yours is ${yours}$, so they are not equal."),
    "sample": ("取 ${var}={value}$ 检验：你的式子等于 ${yours}$，与应有的结果不一致。",
               "Test ${var}={value}$: yours gives ${yours}$, which does not match what it should be."),
    "unclear_step": ("这一问我没法自动核对，你的想法已记下。", "I cannot check this one automatically; your idea is noted."),
    "jump_final": ("答案正确！你跳过了中间步骤。请解释一下这一问是怎么想的：{question}",
                   "Correct answer! You skipped the middle steps. Please explain how you would do this one: {question}"),
    "jump_step": ("这是后面一问的正确结果！先请解释一下这一问：{question}",
                  "That is the correct result of a later question! First, explain this one: {question}"),
    "explained": ("谢谢你的解释。", "Thanks for explaining."),
    "refuse": ("我不会直接给出答案，不过我们可以一起想。{question} {hint}",
               "I won't hand over the answer, but we can think it through together. {question} {hint}"),
    "refuse_explain": ("我不会直接给出答案。请先用自己的话说说这一问的思路：{question}",
                       "I won't hand over the answer. Please first explain this question in your own words: {question}"),
    "hint": ("提示：{hint}", "Hint: {hint}"),
    "hint_more": ("再想想已经给过的提示：{hint}", "Look again at the hint so far: {hint}"),
    "first_half": ("这一步的前一半：从 ${start}$ 出发，按提示往下算，后一半请你完成。",
                   "The first half of this step: start from ${start}$ and carry on; the second half is yours."),
    "first_half_expr": ("这一步的前一半：要算的是 ${start}$，把它一步步化简，结果请你写出来。",
                        "The first half of this step: what to work out is ${start}$; simplify it step by step and write the result."),
    "shape": ("这一步要写出的是{shape}。", "What this step asks for is {shape}."),
    "guarded": ("我换个方式问。{question}", "Let me put it another way. {question}"),
}

MISCONCEPTIONS: dict[str, tuple[str, str]] = {
    "sign": ("可能是符号出错（正负号或不等号方向弄反了）。", "Possibly a sign slip (a sign or an inequality turned round)."),
    "lost_root": ("你的答案是对的一部分，但漏了解（或漏了一种情况）。", "Part of your answer is right, but a solution (or a case) is missing."),
    "extra_root": ("你的答案里多了不满足条件的值。", "Your answer includes values that do not satisfy the condition."),
    "domain": ("多出的值不在定义域内，别忘了检验定义域。", "The extra values lie outside the domain: check the domain."),
    "empty_set": ("可能忘了空集的情况（子集可以是空集）。", "Possibly the empty-set case was forgotten (a subset may be empty)."),
    "endpoint": ("区间端点取舍有误（开闭要检验）。", "An endpoint is wrongly included or excluded."),
}

SHAPES: dict[str, tuple[str, str]] = {
    "values": ("所有满足条件的值（用“或”连接）", "every value that satisfies it (joined by 'or')"),
    "interval": ("一个范围（区间或不等式）", "a range (an interval or an inequality)"),
    "expr": ("一个表达式或数值", "an expression or a number"),
}


def say(key: str, lang: str, **values: str) -> str:
    """The template `key` in `lang` ("zh" or "en"), filled in."""
    zh, en = TEXT[key]
    return (en if lang == "en" else zh).format(**values)


def misconception(name: str | None, lang: str) -> str:
    """The words for a misconception name ('' for None)."""
    if not name or name not in MISCONCEPTIONS:
        return ""
    zh, en = MISCONCEPTIONS[name]
    return en if lang == "en" else zh

"""Split R1-style `<think>…</think>` reasoning from the answer a model emits."""

from __future__ import annotations

OPEN = "<think>"
CLOSE = "</think>"


def split_reasoning(text: str) -> tuple[str, str]:
    """Return `(reasoning, answer)` from raw model text.

    Handles the forms reasoning models produce:

    >>> split_reasoning("<think>add them</think>5")
    ('add them', '5')
    >>> split_reasoning("add them</think>\\n5")  # the chat template already opened <think>
    ('add them', '5')
    >>> split_reasoning("<think>still thinking")  # ran out of tokens mid-thought
    ('still thinking', '')
    >>> split_reasoning("just 5")
    ('', 'just 5')
    """
    thoughts: list[str] = []
    answer: list[str] = []
    rest = text
    close_at, open_at = rest.find(CLOSE), rest.find(OPEN)
    if close_at != -1 and (open_at == -1 or close_at < open_at):
        # Leading-only form: the prompt ended with "<think>", so the output starts inside it.
        thoughts.append(rest[:close_at])
        rest = rest[close_at + len(CLOSE) :]
    while (open_at := rest.find(OPEN)) != -1:
        answer.append(rest[:open_at])
        rest = rest[open_at + len(OPEN) :]
        close_at = rest.find(CLOSE)
        if close_at == -1:  # unterminated: the model ran out of tokens while thinking
            thoughts.append(rest)
            rest = ""
            break
        thoughts.append(rest[:close_at])
        rest = rest[close_at + len(CLOSE) :]
    answer.append(rest)
    reasoning = "\n\n".join(t.strip() for t in thoughts if t.strip())
    # A stray closing tag inside the answer carries no meaning once the thoughts are out.
    final = "".join(answer).replace(CLOSE, "")
    return reasoning, final.strip()

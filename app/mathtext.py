"""Display text for the pages: the text handling lives in `content.mathtext` (shared with the handout)."""

from content.mathtext import (  # noqa: F401 - re-exported for the pages
    claim_to_latex,
    has_math,
    math_inline,
    plain_text,
    prose_to_markdown,
    readable_answer,
    split_math,
    to_html,
    to_markdown,
)

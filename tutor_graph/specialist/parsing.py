"""Kept only for `sequences.py` and `series.py` (their owner is moving them to templates): the specialist's
parser is the math layer's, `tutor_graph.checks` (`plain.py`). Delete this file once they import from there."""

from tutor_graph.checks import ParseError, parse_expr, parse_relation, try_expr, try_relation

__all__ = ["ParseError", "parse_expr", "parse_relation", "try_expr", "try_relation"]

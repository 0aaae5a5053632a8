"""The solve graph's nodes, each a plain `body(state, run)` adapted to LangGraph by `as_node`."""

from tutor_graph.nodes.alternatives import alternatives
from tutor_graph.nodes.composing import compose
from tutor_graph.nodes.finishing import final_check
from tutor_graph.nodes.linking import link
from tutor_graph.nodes.planning import answer, plan, repair
from tutor_graph.nodes.running import NodeRun, as_node, as_settings
from tutor_graph.nodes.symbolic import fallback
from tutor_graph.nodes.understanding import understand
from tutor_graph.nodes.variants import variants
from tutor_graph.nodes.verification import verify

__all__ = [
    "NodeRun", "alternatives", "answer", "as_node", "as_settings", "compose", "fallback", "final_check", "link", "plan",
    "repair", "understand", "variants", "verify",
]

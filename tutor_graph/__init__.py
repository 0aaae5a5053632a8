"""The question-chain workflows (LangGraph), the math layer (`checks`) and the symbolic specialist."""

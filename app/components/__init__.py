"""Drawing helpers shared by the pages: chains, knowledge graphs, plots, the chain editor."""

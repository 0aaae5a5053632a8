"""Curriculum knowledge graph, problem bank, teachers' case library, retrieval. Data plus typed loaders."""

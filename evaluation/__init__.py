"""Evaluation suites, runner, metrics, reports and the researchers' CLI."""

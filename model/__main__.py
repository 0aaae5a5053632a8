"""`python -m model {info,bench,serve}`: placeholder until the model host lands."""

raise SystemExit("model CLI not built yet")

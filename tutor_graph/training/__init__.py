"""Model customisation on verified chains: the SymPy-checked reward and the `train` command's wiring."""

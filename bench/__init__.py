"""The benchmark suite (`make bench`): frame, draw, tile-map, simulation, loading and memory figures with budgets."""

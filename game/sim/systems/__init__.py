"""Systems: plain functions `system(world, res)`, one file per concern; schedule.py says in which order they run."""

"""The view: everything drawn with pygame. It reads the simulation and never changes it."""

"""How long a decided level plays on before its result screen: its own module, as the play scene waits it and the best
runs (which the play scene's pages import) tell a recorded win's time by it."""

from game.sim.resources import TICK_RATE

RESULT_DELAY = 1.6    # s between the last explosion and the result screen
# The same in ticks, one number for all that counts them: a level's replay runs on this long past the tick it was
# decided on (the missions page tells a best run's time by it)
RESULT_TICKS = round(RESULT_DELAY * TICK_RATE)

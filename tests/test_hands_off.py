"""A pilot who lets go of the controls loses: Fouron rescues, it does not play the level for him.

The pilot walks into the fight (the bot at the stick, its weapons held) until the enemy spots him, then does nothing at
all. The level test globs levels/*.tmx, so a level added later is covered with no change here.
"""

import pytest

from game.bot import Bot
from game.content.chain import LEVELS
from game.session import new_game
from game.sim.events import PlayerSpotted
from game.sim.resources import TICK_RATE

LEVEL_FILES = sorted(LEVELS.glob("*.tmx"))
LIMIT = 120.0  # s of game time: wrecked long before; a map with no time limit would otherwise run for ever


def let_go_once_spotted(game) -> float | None:
    """Walk in unarmed until spotted, then leave every control alone until the level ends or LIMIT; when it let go."""
    bot, let_go = Bot(game), None
    while game.outcome is None and game.tick < LIMIT * TICK_RATE:
        intent = game.player_intent()
        if let_go is None:
            bot.steer()
            intent.fire = intent.missile = intent.knuckle = intent.dash = intent.vmax = False
        else:
            intent.move_x = intent.move_y = 0.0
            intent.fire = intent.missile = intent.knuckle = intent.dash = intent.vmax = False
        events = game.step()
        if let_go is None and any(isinstance(event, PlayerSpotted) for event in events):
            let_go = game.seconds
    return let_go


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("path", LEVEL_FILES, ids=lambda path: path.name)
def test_a_pilot_who_lets_go_of_the_controls_is_wrecked_though_fouron_fights_for_him(path, seed):
    game = new_game(path, seed)
    let_go = let_go_once_spotted(game)
    tally = game.res.tally
    summary = f"{path.name} seed {seed}: let go at {let_go} s; {game.outcome} at {game.seconds:.1f} s, {tally}"
    assert let_go is not None, summary
    assert tally.takeovers >= 1 and tally.fouron_kills >= 1, summary  # Fouron seized and fought
    assert game.outcome == "lost" and game.player_health() is None, summary  # wrecked, not saved by the clock

"""The result screen's offer of Easy to a pilot losing a mission again and again: when it is made, what it says, and
taking it (Easy saved as Options saves it, and the mission started again on it)."""

import dataclasses

from game.sim.systems.attackers import ATTACKERS, FIRE_PACE

# The runs of a mission lost in a row before Easy is offered: a first loss is learning the map and a second a plan
# that did not work, but a third with no win between is a wall, and a newcomer on Normal who has not found Options by
# then is unlikely to. Kept in the record (lost_in_a_row), so restarts, other missions played between and the game
# closed and started again all count on.
LOSSES_BEFORE_EASY = 3
EASY = "easy"
TAKEN = "Now on Easy: Options > Difficulty changes it back"  # said over the mission as it starts again


def offers_easy(ctx, game, record, level_path) -> bool:
    """Whether the result of `game`, lost, offers Easy: its level's runs lost in a row, in `record` with this run in it
    (None: a run the record leaves out, the bot's or a playtest's started part way, or a record that could not be
    read), are LOSSES_BEFORE_EASY exactly, so it comes once in a run of losses and is never asked again as they go on;
    on Normal, with Normal still the setting (not on Easy, and not on Hard, a player's own choice of a harder game)."""
    return (record is not None and game.outcome == "lost" and game.res.difficulty == "normal"
            and ctx.settings.difficulty == "normal" and record.level(level_path).lost_in_a_row == LOSSES_BEFORE_EASY)


def offer_words(key: str, device: str) -> tuple[str, str]:
    """The offer in two lines: why it comes and what Easy changes, in the rules' own numbers; and how to take it
    (`key`, the name of menu_easy's input on the `device` in use; a click too, off a pad)."""
    attackers, pace = ATTACKERS[EASY], FIRE_PACE[EASY]
    machines = "one machine fires" if attackers == 1 else f"{attackers} machines fire"
    pace = "half" if pace == 2.0 else f"{1 / pace:.0%}"
    press = " or ".join(filter(None, (key, "click here" if device != "pad" or not key else "")))
    return f"Lost {LOSSES_BEFORE_EASY} times in a row. On Easy {machines} at a time, at {pace} pace.", \
        f"{press[:1].upper()}{press[1:]} to restart on Easy"


def take_easy(ctx, play) -> str:
    """Easy chosen: the setting saved atomically as Options saves it, and `play`'s mission started again on it; "" once
    it has, else why not in a line (Easy is kept all the same: the player chose it). The new run says it is on Easy,
    or why the setting could not be saved (it holds until the game closes)."""
    from game.scenes.options import change_settings  # the options page is not imported before a level ends
    problem = change_settings(ctx, dataclasses.replace(ctx.settings, difficulty=EASY))
    restart = play.restart()
    if restart:
        return restart
    ctx.stack[-1].toast = (problem or TAKEN, 0.0)
    return ""

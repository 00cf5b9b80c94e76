"""What the HUD's messages and Rei's panel were told before a view was made, told to a view made anew (a replay's seek).

A seek feeds its new view only the last seconds before its tick (scenes/replay.py: SETTLE_TICKS); a briefing said
earlier and still up there would be missing. `catch_up` tells the view the words said before, a tick at a time as
frames drawn after each tick would, without drawing them: it arrives with the words up, typed and faded as far as
playing there has them. Not caught up: a line of Rei's let go early as its figure went out of date, and the words held
while Fouron's banner stood (both ask what the view showed then, which no event says).
"""

from game.sim.events import (AdvisorSpoke, FouronReleased, FouronSeized, LevelEnded, MessageShown, ObjectiveOpened,
                             ObjectiveReached)
from game.sim.resources import STEP
from game.view.controls import messages_named

# The events the HUD's words and Rei's panel take, and those that say how her panel ages (Fouron holding the controls,
# the level decided)
TALK = (MessageShown, AdvisorSpoke, ObjectiveReached, ObjectiveOpened, FouronSeized, FouronReleased, LevelEnded)
# Lines of the panel laid out in catching up, the last said and the one before it (a briefing Fouron cut off before it
# was read goes to the HUD): each costs 3-4 ms, and those before are replaced unseen
LINES_KEPT = 2


def talk_of(events) -> tuple:
    """The events of a tick a view made later must be told (TALK)."""
    return tuple(event for event in events if isinstance(event, TALK))


def catch_up(renderer, said: dict, now: int) -> None:
    """Tell `renderer`, made as tick `now` was played, the talk of the ticks up to it (`said`: tick → talk_of its
    events), with the frames after each aging the panel and the HUD's words (the last frame's drawing ages the HUD's:
    the view's first frame)."""
    hud, panel = renderer.hud, renderer.panel
    ticks = sorted(tick for tick in said if tick <= now)
    lines = [tick for tick in ticks if any(isinstance(event, AdvisorSpoke) for event in said[tick])]
    first_line = lines[-LINES_KEPT] if len(lines) >= LINES_KEPT else (lines[0] if lines else now + 1)
    seized = decided = False
    cut = ""
    for tick, after in zip(ticks, ticks[1:] + [now + 1]):
        events = messages_named(said[tick], renderer.control_words)
        hud.on_events(events)
        if tick >= first_line:
            cut = panel.on_events(events) or cut
        for event in events:
            seized = isinstance(event, FouronSeized) or (seized and not isinstance(event, FouronReleased))
            decided = decided or isinstance(event, LevelEnded)
        if cut and not seized:  # as the renderer does: a briefing cut off, shown whole once the controls are back
            hud.show_message(cut)
            cut = ""
        panel.update((after - tick) * STEP, seized, decided)  # linear in time: one call for the frames to `after`
        for _ in range(after - tick - (after > now)):
            if hud.quiet:
                break
            hud.age_message(STEP)

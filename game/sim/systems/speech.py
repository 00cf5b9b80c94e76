"""Rei and Fouron speak: which situations hold this tick, whether one may speak now, and which line it says.

A situation is heard when its event happens (a lock, a kill, an overheat) or as its condition starts to hold (heat
crossing the warning level, armour falling below a third), never while it merely goes on holding; the heat warning is
heard again only once the heat has been under HEAT_LESSON since. One line at a time: a line holds the channel while the
panel types it and for `gap` seconds after, and only a higher priority cuts in before that. A line held up waits, for a
few seconds at most; a situation that spoke within its cooldown is not heard, nor anything after the tick that decides
the level; nor is one heard more than LONGEST_WAIT seconds ago, however busy the channel has been, but for her word that
the next objective is marked and her hold line, whose wait counts only once a level's message being read as it is heard
has been (OUTLASTS_MESSAGES): a briefing sprung with the objective, or read as the hold starts, does not cost the pilot
them. Rei is silent while Fouron holds the controls. Once it has let go, a line of Fouron's holds the channel only until
it has been up long enough to read (READING), with no gap: its word on seizing, cut short by a kill made at once, is
read, then its farewell is, then Rei speaks, each as soon as the one before is read, as the controls come back; but its
farewell never before SEIZED_LEAST after its word on seizing, the time the view's CONTROL SEIZED card stands however
soon it lets go (a farewell over that card would say the controls are back while the screen says they were just taken).
While its farewell waits, and for `handback_grace` after it is said (CONTROL RESTORED comes with it), shots pass through
the Layzner (fouron.grant_grace): a level's message in Fouron's voice may hold the farewell up. Each situation says its
lines in an order shuffled once per game (from the game's seed, not the simulation's generator): every line before any
repeats, and never the same line twice running.

A level's message in a cockpit voice ("Rei: ...") takes the channel over any line, but never over another message
still being read: it waits its turn, in order (a trigger springing again adds it once), behind any line as urgent
that the one before held up, and is not said once the level is decided. It holds the channel until read, from its
first letter (read_time), but Rei's warnings of the machine in danger (CUTS_IN) cut in on hers, each once in
CUT_IN_AGAIN (said again sooner, a warning waits like any line): one cut before it was read is said again once the
warning has had its time, from the sentence the pilot was reading, after any lesson waiting, and only within MOMENT of
its first saying; one not yet said that has waited past MOMENT lets one lesson go first. A level's words, in a voice
or not, are not told again while they wait or are still up (message_time): a trigger that is not `once`, crossed back
and forth, says them once, and again only once the player comes back in after they have gone. The last hostile down
with an objective still to reach has Rei name it (area_clear_objective), not call the engagement complete.

A few lines are lessons the pilot must hear once: a situation's first line in a level speaks at its `first_priority`
(what the marker's numbers mean, the first spared pilot, where a bolt disables a machine). That outranks the chatter
it would otherwise wait behind until stale, yet it never cuts into a line still being typed: it waits for the end.
Heat's lesson, heard as the heat first passes HEAT_LESSON, waits out an overheat a moment away rather than be cut by it;
V-MAX's, as the meter first fills, says what it does in place of "V-MAX ready". The lessons a mission taught are
carried to the next by Next mission (`taught`, Voice.taught): there they speak at their plain priority, and the
lessons proper (TAUGHT_ONCE) are not told again. A mission started on its own teaches them all. A lesson waiting
never goes stale: however long briefings hold the channel it is said once they have been read, unless what it
teaches is gone (V-MAX no longer ready) or the level is decided.

Rei speaks when she has something the pilot needs, and otherwise keeps quiet. Warnings (armour, heat, overheat,
time, reinforcements), Fouron, lessons, objectives and a level's messages speak as above. Advice (ADVICE: a kill
or a spared pilot confirmed, a lock, V-MAX ready or engaged, enemies sighted or converging, a new target, a part hit;
a lesson among them aside) tells what the HUD shows or the pilot just did: it is said only into QUIET seconds of
silence after her last line has been read, and each repeat in a level only after twice the wait the one before
needed (its cooldown, then 2x, 4x ...).

Rei's numbers are true when she says them: a line with a live figure (the marker's, the heat, the armour, the
hostiles left) gives it as it is when the line is said, not when it was first heard, and once the figure moves on
(`outdated`) the panel lets the line go as soon as it is typed ("Heat 82 percent" beside a gauge at 96 reads wrong).
The hold line gives the hold's whole length, in words that read as a length, beside the HUD's countdown. Nor is a
line said once what it tells of is over: "V-MAX engaged" after the run, "reinforcements inbound" after they have landed.
"""

import functools
import random
import re

from game.content.advisor import fill, message_speaker
from game.content.control_words import shown_length
from game.content.words import order_in_sentence
from game.sim.components import Health, Heat, Launcher, Unit, Vmax
from game.sim.events import (AdvisorSpoke, Destroyed, Disabled, FouronReleased, FouronSeized, HoldStarted,
                             LevelEnded, LockAcquired, MessageShown, MissileLaunched, ObjectiveOpened, ObjectiveReached,
                             Overheated, PartHit, PlayerSpotted, ReinforcementsCalled, Vented, VmaxCharged, VmaxStarted)
from game.sim.resources import STEP, TICK_RATE, hold_seconds_left, objectives_open
from game.sim.systems.enemy_pilots import engaged_now
from game.sim.systems.fouron import SEIZED_LEAST, grant_grace
from game.sim.systems.outcome import hostiles_left
from game.sim.systems.vmax import can_start

SPEECH_RATE = 45.0  # characters a second the panel types: a line holds the channel this long, then the gap
READING = 20.0  # characters a second a player reads in the middle of a fight: a level's message stays that long
MESSAGE_TIME = 5.0  # s a short level message stays up; a longer one stays until it has been typed and read
PATIENCE = 3.0  # s a held-up line may wait after the channel frees before it is stale and dropped
LONGEST_WAIT = 10.0  # s after it was heard a held-up line is stale, however often the channel was taken meanwhile
MANY = 3  # enemies engaging at once that Rei warns of
# % heat at which Rei first says what heat is, once a level: sustained fire from cold passes it in ~3 s, half the way
# to the lock-out, while easing off still cools the machine in time (her warning at units.yaml's `warning` is late)
HEAT_LESSON = 50
# level messages waiting behind one still being read: a trigger that fires again and again adds its message once,
# and a map that sets off more than this at once loses the oldest waiting, not its newest news
MESSAGES_WAITING = 3
ARMOUR_LOW = 1.0 / 3.0  # share of hit points under which Rei warns
TIME_LOW = 30.0  # s left on a timed level when Rei warns
RESISTING = 0.5  # resistance at which Fouron notices the pilot fighting it
# s of a hold the hold line needs to speak of: with less left the HUD's countdown says it all, and she would finish
# typing as it ends ("Hold this position. 1 seconds.")
HOLD_LINE_LEAST = 3
# Rei's word on an objective: the newest says it (she points to what the last one opened), any older still waiting is
# superseded ("The next is marked" once that next is done reads wrong).
OBJECTIVE_LINES = ("rei.objective_reached", "rei.objective_opened")
# The lines waiting a line heard replaces, where more than its own older values: the objectives' (above), and once the
# vent is over, "Overheat. Hatches open" still waiting out a briefing (CUT_IN_AGAIN)
SUPERSEDES = {**{key: OBJECTIVE_LINES for key in OBJECTIVE_LINES}, "rei.vented": ("rei.vented", "rei.overheat")}
# Lines a level's message being read does not make stale: the word that the next objective is marked, and the hold
# line, wait out a briefing read as they are heard, however long, and only their wait after it counts toward
# LONGEST_WAIT. (A pilot reaches the outpost's pad 4 s into its 9 s briefing: the hold line waited out the briefing,
# then the lesson of equal priority heard before it, and was 10 s old, stale, before its turn came.)
OUTLASTS_MESSAGES = ("rei.objective_opened", "rei.objective_hold")
# Lessons and nothing else: once a mission of the run has taught one, the next missions do not say it at all (the
# others with a first_priority, the marker's numbers, a spared pilot, are news each time: only their urgency goes)
TAUGHT_ONCE = ("rei.heat_rising", "rei.part_hit", "rei.vmax_lesson")
# Advice, not news or a warning: what the HUD already shows or the pilot just did ("Kill confirmed. 3 remaining" beside
# the hostiles plate, "V-MAX engaged"). Its lesson aside (a first_priority's first line), Rei says it only into quiet,
# QUIET s after her last line has been read, and each repeat in a level waits out its cooldown doubled for every time
# it has been said: a reminder tells the pilot less each time, and a voice that never stops is one he stops hearing (she
# spoke every ~5 s, her panel up 64-100 % of a fight). Warnings, lessons, objectives and level messages are not held.
# Warnings of the machine itself in danger: said at once over a level's message in Rei's voice (a 6-7 s briefing held
# them until it had been read, the pilot told of the overheat only once it had struck). A message cut before it had
# been read is said again once the warning has been, from the sentence the pilot was reading: the pilot hears both,
# the warning first, and not again the sentences he has read.
CUTS_IN = ("rei.heat_high", "rei.overheat", "rei.armour_low")
# s after a warning was said before the same warning cuts in again: within it, it waits for the channel like any line,
# a briefing or a lesson being read (a pilot who overheats every 7 s knows what the open hatches mean; the Mars base's
# Fouron briefing, cut by each overheat and said again whole each time, was heard three times in its 23 s, and a
# second overheat cut the lesson on parts 0.07 s in)
CUT_IN_AGAIN = 30.0
# s a level's message stays timely after it sprang, or after it was first said for one a warning cut. Past it the
# fight has moved on: what a warning cut of one is not said again ("Near destruction, Fouron seizes control" after
# Fouron had seized and let go), and one not yet said lets the lessons waiting go first (the Mars base's story, held
# 17 s by warnings, Fouron and the briefings before it, kept the lesson on parts out of its 23 s for good). Longer than
# the 8 s the Mars base's three opening briefings take to be read in turn.
MOMENT = 10.0
# Where a sentence of a level's message ends: the next starts after it (a cut message comes back from one)
SENTENCE_END = re.compile(r"[.!?]\s+")
ADVICE = ("rei.enemy_sighted", "rei.many_enemies", "rei.recommend", "rei.missile_lock", "rei.target_destroyed",
          "rei.target_disabled", "rei.part_hit", "rei.vmax_ready", "rei.vmax_started")
QUIET = 4.0  # s after her last line has been read (and its gap is over) before she gives advice


def ask(res, situation: str) -> None:
    """A level trigger asks Rei to speak to `situation` (heard at the end of this tick)."""
    res.voice.asked.append(situation)


def speak(world, res) -> None:
    """Hear this tick's situations, and say the most urgent line the channel allows."""
    voice, now = res.voice, res.clock.seconds
    advisor = res.catalog.advisor
    alive = world.try_get(res.player, Health) is not None
    held_by, _, held_for = voice.holder.partition(".")
    if held_by == "fouron" and held_for in advisor.voices["fouron"] and not res.fouron.active:
        # The machine is the pilot's again: the hand-back's lines come with it, each once the one before has been
        # read, not a typing and a gap later (a level's message in its voice keeps its hold: it may be a briefing).
        voice.busy_until = min(voice.busy_until, voice.read_until)
    _next_message(world, res)
    # Once the level is decided, in the moments before the result screen, nothing more is news ("Overheating" after
    # "Area clear"): only what the deciding tick heard may still be said.
    over = res.outcome is not None and not any(type(event) is LevelEnded for event in res.events)
    for speaker, name, values in () if over else _heard(world, res):
        if speaker == "rei" and res.fouron.active:
            continue  # Fouron has the machine; Rei has nothing to say, and will not remember it
        key = f"{speaker}.{name}"
        if key in TAUGHT_ONCE and key in voice.taught:
            continue  # an earlier mission of this run taught it
        if key in voice.spoke_at and now - voice.spoke_at[key] < _cooldown(res, key) - STEP / 2:  # to the tick
            continue
        superseded = SUPERSEDES.get(key, (key,))  # the newest values replace older ones
        voice.waiting = [w for w in voice.waiting if w[0] not in superseded]
        voice.waiting.append([key, values, max(now, voice.busy_until) + PATIENCE])
        voice.heard_at[key] = now
    if _reading_message(res):  # its wait starts once the message has been read
        for key, _, _ in voice.waiting:
            if key in OUTLASTS_MESSAGES:
                voice.heard_at[key] = max(voice.heard_at.get(key, now), voice.busy_until)
    voice.waiting = [w for w in voice.waiting if _fresh(res, w) and _still_timely(w[0], world, res, alive)]
    voice.heard_at = {w[0]: voice.heard_at.get(w[0], now) for w in voice.waiting}
    if not res.fouron.active and any(w[0] == "fouron.released" for w in voice.waiting):
        grant_grace(world, res, res.player)  # the hand-back is not over until it has been told
    ready = [w for w in voice.waiting if not _held_back(world, res, w[0])]
    if not ready:
        return
    best = max(ready, key=lambda w: _priority(res, w[0]))  # the first of equals: the longest waiting
    priority = _priority(res, best[0])
    cutting = _cuts_in(res, best[0])
    again = best[0] in CUTS_IN and not _may_cut_in(res, best[0])  # said lately: it cuts into nothing (CUT_IN_AGAIN)
    if now < voice.busy_until and (priority <= voice.speaking or again) and not cutting:
        return
    if now < min(voice.typed_until, voice.busy_until) and _lesson(res, best[0]):
        return  # it outranks the line being typed only to be sure of its turn: it lets that line finish
    seized_at = voice.spoke_at.get("fouron.seized", -SEIZED_LEAST)
    if best[0] == "fouron.released" and now < seized_at + SEIZED_LEAST - STEP / 2:  # to the tick
        return  # the hand-back is not said while the screen still says CONTROL SEIZED: it waits for the card to go
    voice.waiting.remove(best)
    if cutting and voice.message and now < voice.read_until:  # not yet read: back after the warning, first in line
        _cut_message(res)
    _say(world, res, best[0], best[1], priority)


def _cuts_in(res, key: str) -> bool:
    """The line `key` is a warning said over a level's message in Rei's voice that holds the channel (CUTS_IN)."""
    return _may_cut_in(res, key) and res.voice.holder == "rei.message" and res.clock.seconds < res.voice.busy_until


def _may_cut_in(res, key: str) -> bool:
    """The line `key` is a warning that cuts into a level's message (CUTS_IN), not said in the last CUT_IN_AGAIN s."""
    said_at = res.voice.spoke_at.get(key)
    return key in CUTS_IN and (said_at is None or res.clock.seconds - said_at >= CUT_IN_AGAIN - STEP / 2)


def _cut_message(res) -> None:
    """A warning cuts into the level's message being read: it comes back after the warning, first in line, from the
    sentence the pilot was reading (READING from its first letter), or whole if he was in its first."""
    voice = res.voice
    _, words = message_speaker(_trigger(res, voice.message).text)
    part = words[voice.message_from:]
    read = shown_length(part) - (voice.read_until - res.clock.seconds) * READING  # characters read of it so far
    ends = [end.end() for end in SENTENCE_END.finditer(part) if shown_length(part[:end.end()]) <= read]
    voice.message_from += ends[-1] if ends else 0
    voice.messages.insert(0, voice.message)
    voice.messages_at.insert(0, voice.message_at)
    voice.resuming = True


def _fresh(res, waiting: list) -> bool:
    """A line held up is still news: within PATIENCE of the channel freeing and LONGEST_WAIT of being heard. A lesson
    waits for its turn however long the channel is held (the V-MAX meter filling under the Mars base's briefing cost
    the pilot what V-MAX does), but is moot once the level is decided."""
    key, _, stale = waiting
    now = res.clock.seconds
    if _lesson(res, key):
        return res.outcome is None
    return stale >= now and now - res.voice.heard_at.get(key, now) <= LONGEST_WAIT + STEP / 2


def _cooldown(res, key: str) -> float:
    """Seconds before the situation `key` may speak again: its cooldown, doubled for advice by every line of it said
    in this level after the first (ADVICE)."""
    cooldown = res.catalog.advisor.situation(*key.split(".")).cooldown
    return cooldown * 2 ** max(0, res.voice.said.get(key, 0) - 1) if key in ADVICE else cooldown


def _still_timely(key: str, world, res, alive: bool) -> bool:
    """A waiting line still fits the moment: nobody speaks for a machine that is gone, Rei is silent while Fouron has
    the controls, and once it has let go its lines from the takeover ("Forcing V-MAX", "Do not resist") are stale;
    only its word on leaving is said then. The hold line needs enough of a hold still to go to speak of, the
    reinforcements' a machine still inbound, a recommendation a target marked, and a warning a state that still
    holds."""
    if not alive or _gone(world, res, key):
        return False
    if key == "rei.objective_hold" and _hold_to_go(res) < HOLD_LINE_LEAST:
        return False
    # "Inbound... their landing points are marked" after they have all landed reads wrong: the marks are gone, and
    # the alarm, the rings and HOSTILES told of them (a briefing being read holds her word up past the 1.5 s warning)
    if key == "rei.reinforcements" and not any(entry[1] >= 0 for entry in res.arrivals):
        return False
    if res.fouron.active:
        return not key.startswith("rei.")
    return not key.startswith("fouron.") or key == "fouron.released"


def _held_back(world, res, key: str) -> bool:
    """The line `key` waits, though the channel is free: advice until Rei has been quiet a while (ADVICE, QUIET); her
    word on what heat is, with the heat past the warning and still climbing, would be cut by the overheat a moment
    away: it waits for the pilot to ease off, or to say, as the machine vents, why its weapons are locked."""
    if key in ADVICE and not _lesson(res, key):
        voice = res.voice
        return res.clock.seconds < max(voice.busy_until, voice.read_until) + QUIET
    if key != "rei.heat_rising":
        return False
    heat, unit = world.try_get(res.player, Heat), world.try_get(res.player, Unit)
    if heat is None or unit is None or heat.overheated:
        return False
    spec = res.catalog.units[unit.kind].heat
    return heat.value >= spec.warning and heat.since_gain < spec.cool_delay  # not yet cooling


def outdated(world, res, key: str, said: str) -> bool:
    """The line `key` ("rei.heat_high"), last said as `said`, no longer reads true: what it warns of no longer holds
    (`_gone`), or the live figures it gave have moved on ("Heat 82 percent" beside a gauge at 96, "100 percent" beside
    a marker's plate at 69%, "Hostiles remaining: 4" beside a count of 3). The panel lets it go once typed."""
    if _gone(world, res, key):
        return True
    count = res.voice.said.get(key, 0)
    return key in LIVE and (not count or fill(_line(res, key, count - 1), **_live_values(world, res, key)) != said)


def _gone(world, res, key: str) -> bool:
    """What the line `key` speaks of no longer holds, so it is not said late: the Layzner's heat back under the
    warning level (or venting, which the overheat line speaks of), V-MAX no longer ready, or its run over, no target
    marked, no hostile left to count (the area-clear line says it), or, for the area called clear, hostiles again."""
    if key == "rei.recommend":
        return res.advice is None
    if key == "rei.heat_high":
        heat, unit = world.try_get(res.player, Heat), world.try_get(res.player, Unit)
        return heat is None or unit is None or heat.overheated or heat.value < res.catalog.units[unit.kind].heat.warning
    if key in ("rei.vmax_ready", "rei.vmax_lesson"):
        return not can_start(world, res, res.player)
    if key == "rei.vmax_started":  # "V-MAX engaged" held up by a line past the run itself
        vmax = world.try_get(res.player, Vmax)
        return vmax is None or vmax.active_left <= 0
    if key in ("rei.target_destroyed", "rei.target_disabled"):
        return not hostiles_left(world, res)
    if key == "rei.area_clear_objective":  # reinforcements called while it waited: the area is no longer clear
        return hostiles_left(world, res) > 0
    return False


# Lines whose figures are live (the marker's, the gauge's, the hostiles plate's): each is said with the figure as it
# is then, and is outdated once the figure reads otherwise. Its placeholders, as _values_now gives them.
LIVE = {
    "rei.recommend": ("efficiency", "seconds"),
    "rei.heat_high": ("heat",),
    "rei.armour_low": ("armour",),
    "rei.target_destroyed": ("count",),
    "rei.target_disabled": ("count",),
    "rei.area_clear_objective": ("next",),
}


def _live_values(world, res, key: str) -> dict:
    """The live figures of the line `key` as they stand now (none for a line without any)."""
    names = LIVE.get(key, ())
    if not names:
        return {}
    now = _values_now(world, res, key.split(".")[1])
    return {name: now[name] for name in names}


def _priority(res, key: str) -> int:
    """The priority the situation `key` speaks at now: its first_priority until it has spoken in this level (or in
    an earlier mission of this run)."""
    speaker, name = key.split(".")
    situation = res.catalog.advisor.situation(speaker, name)
    return situation.first_priority if _lesson(res, key) else situation.priority


def _lesson(res, key: str) -> bool:
    """The situation `key`'s next line is its first in this run of missions, and that is a lesson (it has a
    first_priority)."""
    speaker, name = key.split(".")
    return res.catalog.advisor.situation(speaker, name).first_priority is not None and not _heard_before(res, key)


def _heard_before(res, key: str) -> bool:
    """The situation `key` has spoken in this level, or in an earlier mission of this run."""
    return bool(res.voice.said.get(key)) or key in res.voice.taught


def taught(res) -> tuple[str, ...]:
    """The lessons the pilot has heard this run of missions, this one's with those before it: what Next mission
    carries to the next (sorted, so the same run carries the same)."""
    advisor = res.catalog.advisor
    said = [key for key in res.voice.said if key in TAUGHT_ONCE or advisor.situation(*key.split(".")).first_priority]
    return tuple(sorted(dict.fromkeys([*res.voice.taught, *said])))


def tell(res, trigger) -> None:
    """A level trigger's message. In a cockpit voice ("Rei: ...") it is said in that voice's panel, but only once any
    level message still being read has been, each in turn (two of Rei's at once would have her say the second over the
    first, and the first start again in a banner); words no voice is named as saying are shown on the HUD at once."""
    voice = res.voice
    who, said = message_speaker(trigger.text)
    # A trigger that is not `once`, crossed back and forth, springs on each entry: its words are told again only
    # once they have gone (read and taken down), never while they still wait or stand on screen.
    if trigger.object_id in voice.messages or _still_up(res, who, said, message_time(trigger.text)):
        return
    if who in res.catalog.advisor.voices and (voice.messages or _reading_message(res) or _greeting(res)):
        voice.messages = [*voice.messages, trigger.object_id][-MESSAGES_WAITING:]
        voice.messages_at = [*voice.messages_at, res.clock.seconds][-MESSAGES_WAITING:]
        return
    _tell_now(res, trigger.object_id, trigger.text)


def _still_up(res, who: str, said: str, up_for: float) -> bool:
    """The words `said` in the voice `who` are the last told in it (the HUD's message, or her panel's), less than
    `up_for` s ago (the comms log keeps when): words told since in the same place have taken theirs."""
    now = res.clock.seconds
    for at, speaker, words in reversed(res.comms):
        if now - at >= up_for:
            return False
        if speaker == who:
            return words == said
    return False


def read_time(text: str) -> float:
    """Seconds it takes to read a level's message from its first letter: the least it stays up before the next takes
    its place. It is read as it types (SPEECH_RATE outpaces READING): timed as typed out and then read, a briefing of
    110 characters held the panel 7.9 s, not 5.5."""
    return shown_length(text) / READING


def message_time(text: str) -> float:
    """Seconds a level's message stays up: MESSAGE_TIME, or long enough to type it out and then read it."""
    return max(MESSAGE_TIME, read_time(text))


def _tell_now(res, object_id: int, text: str, resuming: bool = False) -> None:
    """Say the message now in its voice, or show it on the HUD when no voice may say it; the comms log keeps it.
    `resuming`: what a warning cut of it comes back, from the sentence the pilot was reading (Voice.message_from)."""
    voice = res.voice
    who, said = message_speaker(text)
    start = voice.message_from if resuming else 0
    if who and say_message(res, who, said[start:], object_id):  # "Rei: ..." in her panel, other words on the HUD
        voice.message_from, said = start, said[start:]
        voice.message_at = voice.message_at if resuming else res.clock.seconds
    else:
        res.events.append(MessageShown(object_id, text))
    voice.resuming = False
    res.comms.append((round(res.clock.seconds, 2), who, said))


def _greeting(res) -> bool:
    """Rei's greeting is being typed. A briefing by the spawn, sprung as the player sets off, cut it two or three
    letters in ("La" gone): it waits for the greeting to be typed whole, and no longer (not the gap after it)."""
    return res.voice.holder == "rei.level_start" and res.clock.seconds < res.voice.typed_until


def _reading_message(res) -> bool:
    """A level's message holds the channel, not yet read: the typing and its reading time (say_message) are not over."""
    return res.voice.holder.endswith(".message") and res.clock.seconds < res.voice.busy_until


def _next_message(world, res) -> None:
    """The level's next message waiting, once the one before it has been read and the channel is free; none once the
    level is decided (a briefing for a fight already won or lost is stale). A line waiting that is as urgent as the
    message (Rei's overheat or armour warning, held up by the one before), or that would cut into it (CUTS_IN), is said
    first: the message waits for it. What a warning cut of a message comes back only within MOMENT of its first
    saying, and after the lessons waiting; a message not yet said that has waited past its MOMENT lets one lesson
    go first: what the pilot just did is taught as it happens, and a briefing's rest, or one the fight has overtaken,
    can wait a line."""
    voice, now = res.voice, res.clock.seconds
    if res.outcome is not None:
        voice.messages, voice.messages_at = [], []
    if voice.resuming and voice.messages[:1] == [voice.message] and _moment_past(res):  # the fight has moved on
        del voice.messages[0], voice.messages_at[0]
    voice.resuming = voice.resuming and voice.messages[:1] == [voice.message]
    if not voice.messages or now < (voice.typed_until if voice.holder == "rei.level_start" else voice.busy_until):
        return
    if (voice.resuming or _moment_past(res)) and any(_lesson(res, key) and not _held_back(world, res, key)
                                                     for key, _, _ in voice.waiting):
        if not voice.resuming:  # one lesson goes first, then it is said: its wait starts again
            voice.messages_at[0] = now
        return
    trigger = _trigger(res, voice.messages[0])
    who, _ = message_speaker(trigger.text)
    if not any((_priority(res, key) >= _urgent(res, who) or _may_cut_in(res, key)) and stale >= now
               for key, _, stale in voice.waiting):
        del voice.messages[0], voice.messages_at[0]
        _tell_now(res, trigger.object_id, trigger.text, voice.resuming)


def _moment_past(res) -> bool:
    """The first level message waiting has waited past its MOMENT (one a warning cut: since it was first said)."""
    return res.clock.seconds - res.voice.messages_at[0] > MOMENT + STEP / 2  # to the tick


def _trigger(res, object_id: int):
    """The level's trigger `object_id`."""
    return next(trigger for trigger in res.level.triggers if trigger.object_id == object_id)


def _urgent(res, speaker: str) -> int:
    """The priority of the voice's most urgent line: its level messages speak at it."""
    return max(situation.priority for situation in res.catalog.advisor.voices[speaker].values())


def say_message(res, speaker: str, text: str, object_id: int = 0) -> bool:
    """A level's message in a cockpit voice ("Rei: ..." as `speaker` "rei"), the trigger `object_id`'s: said in that
    voice's panel at once, over any line, and that voice's own lines wait while it is read (a more urgent voice's do
    not, nor Rei's warnings, CUTS_IN). False when the voice is silent now (Rei while Fouron holds the controls) or the
    name is no voice's: the HUD shows the message instead."""
    advisor = res.catalog.advisor
    if speaker not in advisor.voices or (speaker == "rei" and res.fouron.active):
        return False
    # As urgent as that voice's most urgent line: none of its own cuts in, a more urgent voice (Fouron seizing the
    # machine) still does.
    _take_channel(res, speaker, "message", text, _urgent(res, speaker), reading=read_time(text))
    res.voice.message = object_id
    return True


def _say(world, res, key: str, values: dict, priority: int) -> None:
    voice, now = res.voice, res.clock.seconds
    speaker, name = key.split(".")
    count = voice.said.get(key, 0)
    values = {**values, **_live_values(world, res, key)}  # late for a busy channel, it gives its figures as they are
    text = fill(_line(res, key, count), **values)
    voice.said[key] = count + 1
    voice.spoke_at[key] = now
    if key == "fouron.released":  # CONTROL RESTORED comes with it: the pilot's grace runs from here
        grant_grace(world, res, res.player)
    res.comms.append((round(now, 2), speaker, text))
    _take_channel(res, speaker, name, text, priority)


def _line(res, key: str, count: int) -> str:
    """The line of advisor.yaml the situation `key` says the `count`th time it speaks (from 0)."""
    speaker, name = key.split(".")
    lines = res.catalog.advisor.situation(speaker, name).lines
    return lines[_order(f"{res.voice.seed}/{res.level.title}/{key}", len(lines))[count % len(lines)]]


@functools.lru_cache(maxsize=512)
def _order(shuffle: str, size: int) -> tuple[int, ...]:
    """The order a situation says its `size` lines in, shuffled by `shuffle` (seed/level title/key): the same all
    game, so the cycle never repeats a line; another for each level (by its title, not its file: a replay plays the
    same wherever the map lies), so missions do not all open on one line; a restart on the same seed says what it said
    before, as a replay must. Kept: the view asks for a line's words every frame it shows (outdated), and seeding a
    generator from a string and shuffling took some 20 µs."""
    order = list(range(size))
    random.Random(shuffle).shuffle(order)
    return tuple(order)


def _take_channel(res, speaker: str, situation: str, text: str, priority: int, reading: float = 0.0) -> None:
    """The line is said now: it holds the channel while it is typed and for the gap after (or for `reading` seconds
    from its start, when longer: a level's message may be a briefing, read as it types)."""
    voice = res.voice
    voice.typed_until = res.clock.seconds + shown_length(text) / SPEECH_RATE
    voice.busy_until = max(voice.typed_until + res.catalog.advisor.gap, res.clock.seconds + reading)
    voice.read_until = res.clock.seconds + shown_length(text) / READING
    voice.speaking, voice.holder = priority, f"{speaker}.{situation}"
    for waiting in voice.waiting:  # a line that was waiting for the channel waits for this one too
        waiting[2] = max(waiting[2], voice.busy_until + PATIENCE)
    res.events.append(AdvisorSpoke(speaker, situation, text, priority))


def _heard(world, res):
    """(speaker, situation, placeholder values) for each situation that starts to hold this tick, in order."""
    voice, player = res.voice, res.player
    # A briefing by the spawn, said as the mission opens, is her greeting: "Awaiting your instructions" after it reads
    # as though she had not heard it
    if res.clock.tick == 0 and voice.holder != "rei.message":
        yield "rei", "level_start", {}
    for situation in voice.asked:
        yield "rei", situation, _values_now(world, res, situation)
    voice.asked.clear()
    fouron = res.fouron
    for event in res.events:
        kind = type(event)
        if kind is PlayerSpotted:
            yield "rei", "enemy_sighted", {}
        elif kind is FouronSeized:
            yield "fouron", "seized", {}
        elif kind is FouronReleased:
            if event.reason == "danger_past":  # it leaves with a word; fought off, it goes without one
                yield "fouron", "released", {}
            yield "rei", "fouron_released", {}
        elif kind in (Destroyed, Disabled) and event.entity != player:
            left = hostiles_left(world, res)  # reinforcements inbound, or still to come on a map won by stopping all
            if kind is Destroyed and fouron.active and left:  # the last one down: Rei's "area clear" says it
                yield "fouron", "kill", {"count": left}
            if left == 0:  # the last one: "area clear" says it all; a count of 0 kept waiting would come after it
                # "Engagement complete" with the pad still to hold reads as the job done: she names what is left
                left_to_do = _objective_to_reach(res)
                if left_to_do:
                    yield "rei", "area_clear_objective", {"next": left_to_do}
                else:
                    yield "rei", "area_clear", {}
            elif kind is Disabled:
                yield "rei", "target_disabled", {"count": left}
            elif not fouron.active:
                yield "rei", "target_destroyed", {"count": left}
        elif kind is ReinforcementsCalled:
            yield "rei", "reinforcements", {"count": event.count}
        elif kind is HoldStarted:  # the whole hold, as a length: the HUD counts down what is left
            yield "rei", "objective_hold", {"seconds": round(event.seconds)}
        elif kind is ObjectiveReached:  # one line for all reached this tick, pointing to any they open (as the notice)
            if event is next(e for e in res.events if type(e) is ObjectiveReached):
                opened = [order_in_sentence(e.text) for e in res.events if type(e) is ObjectiveOpened]
                if opened:  # named as the HUD's notice names it
                    yield "rei", "objective_opened", {"next": " · ".join(opened)}
                else:
                    yield "rei", "objective_reached", {}
        elif kind is PartHit:  # a bolt of the Layzner's (Fouron's never pick a part): how to spare a pilot
            if event.entity != player:
                yield "rei", "part_hit", {}
        elif getattr(event, "entity", None) != player:
            continue
        elif kind is LockAcquired:
            yield "rei", "missile_lock", {}
        elif kind is MissileLaunched:
            launcher = world.try_get(player, Launcher)  # None: the machine was destroyed later in the same tick
            if launcher is not None and launcher.ammo == 0:
                yield "rei", "missiles_empty", {}
        elif kind is Overheated:
            yield "rei", "overheat", {}
        elif kind is Vented:
            yield "rei", "vented", {}
        elif kind is VmaxStarted:
            heat = world.try_get(player, Heat)  # None, as above
            if fouron.active and heat is not None:
                yield "fouron", "vmax", {"heat": round(heat.value)}
            elif not fouron.active:
                yield "rei", "vmax_started", {}
    yield from _crossings(world, res)


def _values_now(world, res, situation: str) -> dict:
    """Every placeholder's value as things stand, for a line a level trigger asks for out of the blue."""
    health, heat = world.try_get(res.player, Health), world.try_get(res.player, Heat)
    return {
        "count": hostiles_left(world, res),
        "heat": round(heat.value) if heat is not None else 0,
        "armour": round(100 * health.hit_points / health.max_hit_points) if health is not None else 0,
        "seconds": _seconds_now(res, situation),
        "next": _next_now(res),
        **(_advice_values(res.advice) if situation == "recommend" else {}),  # its seconds are the kill's
    }


def _next_now(res) -> str:
    """{next} as things stand, for a line asked for out of the blue: the order of the first open objective still to
    reach, as the plate names it when none is held."""
    return _objective_to_reach(res) or "the marked area"


def _objective_to_reach(res) -> str:
    """The order of the first open objective still to reach, as the plate names it; "" with none."""
    opened = objectives_open(res.level, res.objectives_reached)
    for objective, done, open_ in zip(res.level.objectives, res.objectives_reached, opened):
        if open_ and not done:
            return order_in_sentence(objective.text)
    return ""


def _advice_values(advice) -> dict:
    """{efficiency} and {seconds} of a recommendation, as the marker's plate reads them ("KILL IN 1.8 s · −64%
    THREAT"); 0 with none."""
    if advice is None:
        return {"efficiency": 0, "seconds": 0.0}
    return {"efficiency": round(advice.threat_share * 100), "seconds": round(advice.seconds_to_kill, 1)}


def _seconds_now(res, situation: str):
    """{seconds} as things stand, for a line asked for out of the blue: the whole length of the hold under way (else
    of the first objective still to hold), or what is left on the level's clock."""
    if situation == "objective_hold":
        holds = _holds(res)
        return round(holds[0][0].hold) if holds else 0
    limit = res.level.time_limit
    return round(max(0.0, limit - res.clock.seconds)) if limit else 0


def _holds(res) -> list:
    """(objective, ticks held) of each open objective to hold not yet done, those under way first, else in map
    order (a closed one, its `after` not reached, is not the player's to hold yet)."""
    opened = objectives_open(res.level, res.objectives_reached)
    holds = [(objective, held) for objective, done, held, open_ in
             zip(res.level.objectives, res.objectives_reached, res.objectives_held, opened)
             if objective.hold and not done and open_]
    return sorted(holds, key=lambda hold: not hold[1])  # stable: map order within each


def _hold_to_go(res) -> int:
    """Whole seconds still to hold, as the HUD counts them: of the hold under way, else the whole of the first still
    to do; 0 with none."""
    holds = _holds(res)
    return hold_seconds_left(*holds[0]) if holds else 0


def _crossings(world, res):
    """Conditions on the Layzner and the fight that have just started to hold (last tick's are in res.voice)."""
    voice, player = res.voice, res.player
    health = world.try_get(player, Health)
    if health is None:
        return
    spec = res.catalog.units[world.get(player, Unit).kind]
    heat = world.try_get(player, Heat)
    if heat is not None:
        if heat.value >= spec.heat.warning > voice.heat and not heat.overheated:
            yield "rei", "heat_high", {"heat": round(heat.value)}
        elif heat.value >= HEAT_LESSON > voice.heat and not heat.overheated and not voice.said.get("rei.heat_rising"):
            yield "rei", "heat_rising", {}  # once a level: what heat is, before her warning
        # the highest since it was last under HEAT_LESSON: the warning is said again only once the heat has come well
        # down (a pilot riding the line at 78-86 % heard "Heat 82 percent" every 12 s)
        voice.heat = heat.value if heat.value < HEAT_LESSON else max(voice.heat, heat.value)
    armour = health.hit_points / health.max_hit_points
    if armour < ARMOUR_LOW <= voice.armour:
        yield "rei", "armour_low", {"armour": round(armour * 100)}
    voice.armour = armour
    if any(type(event) is VmaxCharged and event.entity == player for event in res.events):
        # with the chime: a press would start it now, so never while it vents; the first time, what it does
        yield "rei", "vmax_ready" if _heard_before(res, "rei.vmax_lesson") else "vmax_lesson", {}
    engaged = engaged_now(world, res)
    if engaged >= MANY > voice.engaged:
        yield "rei", "many_enemies", {"count": engaged}
    voice.engaged = engaged
    limit = res.level.time_limit
    if limit > TIME_LOW and round(limit * TICK_RATE) - res.clock.tick == round(TIME_LOW * TICK_RATE):
        yield "rei", "time_low", {"seconds": round(TIME_LOW)}
    advice = res.advice
    target = 0 if advice is None else advice.target
    if target and target != voice.advised:
        yield "rei", "recommend", _advice_values(advice)
    voice.advised = target
    fouron = res.fouron
    resisting = fouron.active and fouron.resist >= RESISTING
    if resisting and not voice.resisting:
        yield "fouron", "resisted", {}
    voice.resisting = resisting

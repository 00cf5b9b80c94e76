"""Blue Comet: a top-down action game after Blue Comet SPT Layzner."""

import os

# pytmx imports pygame, which prints a banner on stdout; headless runs keep stdout for their JSON.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# One thread for numpy's BLAS, read by OpenBLAS as numpy is first imported (so here, before any): the game multiplies
# no matrices worth sharing out (one small colour product in the view; the rules none), and a thread a core of its,
# started and spinning for work as numpy loads, took ~12 % of start-up's CPU on two cores (bench/loading.py's spawn).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Before any dataclass is made: their methods' code read back from the last start, not compiled again (13 % of the
# start's instructions)
from game import dataclass_code  # noqa: E402

dataclass_code.keep()

# Replays name the version that recorded them: raise it whenever the rules or their rounding change.
# 0.6.0: Fouron seizes once a level and lets go at its kill (units.yaml: fouron takeovers, kills); once it has let go,
# a line of its holds the speech channel only until read (no gap), so its farewell and Rei's follow the hand-back.
# 0.6.1: its farewell waits until its word on seizing has stood SEIZED_LEAST (the view's CONTROL SEIZED card).
# 0.7.0: a level's message in a voice waits for one still being read; each level orders Rei's lines its own way (the
# shuffle keyed on its title); Rei first says what heat is as it passes half (heat_rising).
# 0.8.0: an objective may come after another (its `after`): closed, it counts nothing until that one is reached.
# 0.8.1: Rei's word that the next objective is marked outlasts a briefing read as it opens, and names it ({next});
# objectives reached in one tick are one line of hers; her word that reinforcements are inbound is not said once
# they have all landed, nor her word on V-MAX once its run is over; a briefing sprung as the level starts waits for
# her greeting to be typed whole.
# 0.8.2: Rei's hold line outlasts a briefing as her next-objective word does; the last hostile down with an objective
# left has her name it (area_clear_objective); a level's words are not told again while they wait or are still up;
# a reinforcement lands facing its way to the Layzner, not the player's start; gates (a map without them plays as
# before).
# 0.8.3: a patroller whose leg a shut gate cuts turns back and keeps to the legs it can still reach, or waits
# watching the gate (it pressed into it for good).
# 0.8.4: a machine giving up a search goes back to its patrol by a route, rejoining its line at the point nearest
# that way, and walks on the way it was going (sent to the point it had been walking to, with no route there it
# pressed into the walls on the straight way).
# 0.8.5: the Mars base opens with Rei's briefing (three messages over the spawn) and four of its machines hold their
# posts (a message's control words, {fire}, count as names of NAME_LENGTH characters for how long it stays up);
# Rei's word that reinforcements are inbound reads right for one machine (its length: her channel's time); a
# machine with no way back to its patrol line or post (a gate shut behind it) holds facing it and rejoins once a way
# opens (it pressed into the walls).
# 0.8.6: a level message's length for how long it stays up counts "{{" and "}}" as one character each (a brace shown),
# and only the nine control words in braces as names of NAME_LENGTH (any word in braces did).
# 0.8.7: Fouron's hand-back lets shots pass through until handback_grace (now 1.5 s) after CONTROL RESTORED, its
# farewell, not from its release: a kill made at once let go under CONTROL SEIZED, and the grace was over before the
# pilot was told the controls were back (dead 0.8 s after the banner, among three machines firing).
# 0.8.8: machines in a fight keep apart: each holds its own share of its preferred range (+-25 %, by its id), and one
# engaging steers off machines within 2.2 times their radii together (at most half a full move in all), turning its
# circling away from them (a squad closed to one range on one line, drawn as one blob: hulls 1.5 times their radii
# overlapping by a third).
# 0.8.9: Fouron's hand-back grace runs from its farewell as it is said (CONTROL RESTORED comes with it), shots passing
# through while it waits, not from an estimate made as it let go: a level's message in Fouron's voice held the farewell
# up past the estimate, and the grace was spent before the pilot was told (hit 0.1 s after it).
# 0.8.10: V-MAX's own heat stops at the heat gauge's warning line, where it burns out (it ran the gauge to 100 %:
# pressed on a hot gauge it ended in an overheat, a crawl with the weapons locked and 1.5x damage taken, in every novice
# loss), and a press at that line is refused as too hot; Rei's kill time counts the seconds until an overheat unlocks
# the weapons (she quoted kills the Layzner could not make).
# 0.9.0: difficulty is more than the share of hits the Layzner takes: of the machines engaging it only the nearest
# ATTACKERS fire on Easy (1), Easy's guns fire at half pace and the Layzner's hits take half as much
# again (a novice was wrecked on every mission after the first, three to five machines firing at once); and Fouron
# seizing at low armour lets shots pass through for seize_grace (1.5 s): it seized only to die 0.9-1.5 s later.
# 0.9.1: Rei teaches before the shooting starts: the Mars base opens on the controls, then Fouron, then the mission
# (the story came first and the controls 6.4 s in, after the first fire); V-MAX's lesson comes as the meter first fills
# (vmax_lesson, in place of "V-MAX ready"); a briefing said as a mission opens is her greeting (none after it); the
# outpost's is said at the start, not once the player moves; lessons a run's mission taught are not taught again in
# the next ones (Voice.taught, carried by Next mission and kept in saves and replays).
# 0.9.2: Rei speaks when it matters: advice (a kill, a lock, V-MAX engaged, a new target, enemies sighted) only after
# 4 s of quiet, each repeat in a level after twice the last wait; a lesson waits for its turn however long a briefing
# holds the channel (the V-MAX lesson went stale behind the Mars base's); the heat warning re-arms only once the heat
# has been under 50 %, and the heat lesson waits only while the heat still climbs past the warning (her panel was up
# 64-100 % of a fight, a line every ~5 s).
# 0.9.3: Fouron keeps the heat under the gauge's warning line, as V-MAX does: it fires in bursts, resting its guns at
# the line until cooled to fire_again_heat, starts V-MAX only when its heat leaves half a run and runs it by the
# pilot's rules; as it seizes the machine blows the pilot's heat off (seize_vent). Heedless, it overheated the machine
# in 30 of 48 novice runs on Normal (30 % speed, weapons locked, 1.5x damage taken), often as it handed back.
# 0.9.4: a trigger may repair (action repair: the Layzner's armour and missiles back to what it brought into the level),
# and the missions after the first give a supply cache between their fights and wake fewer machines at once (the
# novice bot won none of them on Normal: one stock of 240 armour against four or five guns at a time).
# 0.9.5: an enemy spawn may be placed from a difficulty up (its `difficulty`, the easiest it is on), and Hard has back
# the machines 0.9.4 took out of the missions after the first (Hard's fights went with them: the expert bot held the
# outpost in 1,300 ticks, not 2,727); Easy and Normal play as in 0.9.4.
# 0.9.6: Rei's warnings of the machine in danger (heat, overheat, armour) cut into a level's message in her voice,
# which she says again after them if it had not been read (they waited out a 6-7 s briefing); a level's message holds
# the channel until read from its first letter, not typed and then read (her panel was up 81 % of a fight mid-campaign).
# 0.9.7: a briefing a warning cuts comes back from the sentence the pilot was reading, and only within 10 s of its
# first saying (MOMENT), after the lessons waiting; the same warning within 30 s of the last waits for the briefing
# rather than cut it again (CUT_IN_AGAIN), and an overheat warning is not said once the venting is over; a briefing
# kept waiting past its moment lets one lesson go first. A novice overheating under the Mars base's briefings heard
# the Fouron briefing 2-3 times and the lesson on parts in 0 of 8 runs (a novice on Normal: 2 of 8, now 7).
__version__ = "0.9.7"

"""Resources: the state systems share besides entities: clock, seeded generator, level, catalog, events, outcome,
and the difficulty the game was started on."""

import random
from dataclasses import dataclass, field

from game.content.catalog import Catalog
from game.content.level_data import LevelData
from game.sim.shots import Bolts

TICK_RATE = 60
STEP = 1.0 / TICK_RATE  # s of game time per tick


def hold_ticks(objective) -> int:
    """Ticks an objective's hold takes (0 for none): the one count the rules, the HUD and Rei share."""
    return round(objective.hold * TICK_RATE)


def hold_seconds_left(objective, held: int) -> int:
    """Whole seconds of the hold still to go after `held` ticks of it, rounded up: 0 only once it is done."""
    return -(-max(0, hold_ticks(objective) - held) // TICK_RATE)


def objectives_open(level: LevelData, reached: list[bool]) -> list[bool]:
    """Which objectives can be reached now, one per level.objectives: those after none, and those whose `after` is
    reached. A closed one counts nothing and is not shown: the one count the rules, the HUD, Rei and the bot share.
    Made from what is reached, not kept, so a save or a replay has it as the run had it. An `after` naming no
    objective of the level (one a test or tool took out; the loader refuses such a map) is no wait, as check.py
    measures it: open, not a KeyError in the middle of a fight."""
    objectives = level.objectives
    if not any(objective.after for objective in objectives):  # every map made before `after`: all open
        return [True] * len(objectives)
    index = {objective.object_id: number for number, objective in enumerate(objectives)}
    return [objective.after not in index or reached[index[objective.after]] for objective in objectives]


@dataclass
class Clock:
    """The simulation's time, in ticks."""
    tick: int = 0

    @property
    def seconds(self) -> float:
        return self.tick * STEP


@dataclass
class TriggerState:
    """A trigger's state: whether the player stood in it, how often it fired."""
    inside: bool = False  # the player was inside last tick: triggers fire on entering, not on standing
    fired: int = 0


@dataclass
class GateState:
    """A gate's state: shut or open, and whether its switch has fired."""
    shut: bool = True  # wall now
    worked: bool = False  # what opens or shuts it has fired: it has opened, or shuts once nothing stands in it


@dataclass
class Advice:
    """Rei's recommended target: the kill that most reduces the threat to the Layzner per second spent."""
    target: int  # entity
    threat_share: float  # 0..1 of the threat now facing the Layzner that this kill removes
    seconds_to_kill: float  # s of the Layzner's fire it should take


@dataclass
class Fouron:
    """The black box's hold on the controls."""
    active: bool = False
    resist: float = 0.0  # 0..1: the pilot's struggle; full gives the controls back
    calm: float = 0.0  # s with no threat near while in control: long enough and it lets go
    rearm: float = 0.0  # s before it may seize control again after letting go
    move_x: float = 0.0  # where it steers (-1..1): its share of the movement, blended with the pilot's
    move_y: float = 0.0
    seized_for: float = 0.0  # s it has held the controls
    resting: bool = False  # its guns rest, the heat at its warning line, until it has cooled to fire_again_heat


def handing_back(res, spec) -> bool:
    """The machine is in its hand-back: Fouron let go at most `handback_time` ago (read off its rearm clock, which
    starts at `rearm` as it lets go; the catalog keeps handback_time within rearm)."""
    return not res.fouron.active and res.fouron.rearm > spec.rearm - spec.handback_time


def venting(res, spec) -> bool:
    """Fouron blows the machine's heat off: for `seize_vent` as it seizes (the pilot's: at the warning line or past
    it, it would circle unarmed while it cooled) and through the hand-back (its own, left to no pilot)."""
    if res.fouron.active:
        return res.fouron.seized_for < spec.seize_vent
    return handing_back(res, spec)


@dataclass
class Voice:
    """What the cockpit AIs have said and what they watch, so each line is timely and none is spam.

    Keys are "speaker.situation" (as in assets/data/advisor.yaml).
    """
    seed: int = 0  # orders each situation's lines (the game's seed): a different order each game, no repeats
    taught: tuple[str, ...] = ()  # lessons earlier missions of this run taught (speech.taught): not taught again
    busy_until: float = 0.0  # s: the line being said, and the quiet after it, end then
    typed_until: float = 0.0  # s: the line being said is typed out then (a lesson waits for that, never cuts in)
    speaking: int = -1  # priority of that line: only a higher one may cut in before busy_until
    holder: str = ""  # "speaker.situation" of that line ("rei.message" for a level's message in Rei's voice)
    read_until: float = 0.0  # s: that line has been up long enough to read then (READING), typed or not
    spoke_at: dict[str, float] = field(default_factory=dict)  # s each situation last spoke
    said: dict[str, int] = field(default_factory=dict)  # lines each situation has said: the next in its order
    waiting: list = field(default_factory=list)  # [key, {values}, s it goes stale]: lines held up by a busier one
    heard_at: dict[str, float] = field(default_factory=dict)  # s each line waiting was heard: LONGEST_WAIT
    asked: list = field(default_factory=list)  # Rei's situations level triggers asked for this tick
    messages: list = field(default_factory=list)  # object ids of triggers whose "Rei: ..." waits for one being read
    messages_at: list = field(default_factory=list)  # s each began to wait (one a warning cut: first said), as ordered
    message: int = 0  # object id of the trigger whose message in a voice was said last: said again if a warning cuts it
    message_at: float = 0.0  # s that message was first said: its moment (speech.MOMENT)
    message_from: int = 0  # characters of its words before the part said last (cut, it comes back from a sentence)
    resuming: bool = False  # the first of `messages` is that message, cut by a warning before it had been read
    # what was true last tick, so a line speaks as a condition starts to hold, not while it holds
    heat: float = 0.0  # % heat, the highest since it was last under speech.HEAT_LESSON (re-arms the warning)
    armour: float = 1.0  # share of hit points
    engaged: int = 0  # enemies engaging the Layzner
    advised: int = 0  # the target Rei last recommended, 0 for none
    resisting: bool = False  # the pilot has fought Fouron past halfway this takeover


@dataclass
class Tally:
    """How the pilot fought this level: what the game remembers."""
    destroyed: int = 0  # enemy machines destroyed (Fouron's kills included)
    spared: int = 0  # machines disabled so their pilots ejected
    takeovers: int = 0  # times Fouron seized control
    fouron_kills: int = 0  # machines Fouron destroyed while in control


@dataclass
class EngagedCount:
    """How many enemy pilots of each turn to think are engaging the Layzner (Rei's count), kept by steer_enemies."""
    of: dict | None = None  # the pilots by turn (enemy_pilots.kept_pilots) the counts are of; None: not counted yet
    by_turn: dict[int, int] = field(default_factory=dict)


@dataclass
class Resources:
    """The simulation's world-wide state beside the entities."""
    level: LevelData
    catalog: Catalog
    rng: random.Random  # the simulation's only source of chance; cosmetics have their own
    clock: Clock = field(default_factory=Clock)
    events: list = field(default_factory=list)  # this tick's events, in the order they happened
    # machines this tick's hits took to 0 hit points (sim/damage.py), for destroy_wrecked: it clears them away without
    # looking at every machine; empty between ticks
    wrecked: list[int] = field(default_factory=list)
    engaged: EngagedCount = field(default_factory=EngagedCount)  # follows from the brains' states: not saved
    player: int = 0  # the player's entity id (it may be dead)
    outcome: str | None = None  # "won" or "lost" once decided
    outcome_reason: str = ""  # "time" when the level's time ran out
    tally: Tally = field(default_factory=Tally)
    advice: Advice | None = None  # Rei's recommendation, None when there is nothing to recommend
    fouron: Fouron = field(default_factory=Fouron)
    voice: Voice = field(default_factory=Voice)
    bolts: Bolts = field(default_factory=Bolts)  # bolts in flight, in firing order
    missiles: list = field(default_factory=list)  # sim.shots.Shot with a Homing, in firing order
    shots_fired: int = 0  # shots ever fired: the next one's id
    comms: list[tuple[float, str, str]] = field(default_factory=list)  # (s, speaker, text): every line said
    triggers: list[TriggerState] = field(default_factory=list)  # one per level.triggers, same order
    objectives_reached: list[bool] = field(default_factory=list)  # one per level.objectives, same order
    objectives_held: list[int] = field(default_factory=list)  # ticks of each objective's hold done so far
    difficulty: str = "normal"  # as the game was started: easy, normal or hard (sim/damage.py: DAMAGE_TAKEN)
    # [spawn's object id, ticks] for each of level.arrivals placed on the difficulty still to come, in file order: ticks
    # -1 while it waits for what brings it, then the ticks of its warning left (systems/reinforcements.py)
    arrivals: list[list[int]] = field(default_factory=list)
    gates: list[GateState] = field(default_factory=list)  # one per level.gates, same order

    def __post_init__(self) -> None:
        self.gates = [GateState(gate.starts_shut) for gate in self.level.gates]
        self.arrivals = [[spawn.object_id, -1] for spawn in self.level.arrivals_on(self.difficulty)]
        self.triggers = [TriggerState() for _ in self.level.triggers]
        self.objectives_reached = [False] * len(self.level.objectives)
        self.objectives_held = [0] * len(self.level.objectives)

    @property
    def walls(self) -> LevelData:
        """The level as its walls stand now, its shut gates among them: what moving, shots, sight and routes ask. The
        level itself on a map without gates."""
        if not self.gates:
            return self.level
        return self.level.with_gates(tuple(state.shut for state in self.gates))

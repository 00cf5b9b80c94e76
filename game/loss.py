"""How the Layzner was lost, for the result screen: what wrecked it, where and during what, read off the game on the
tick it fell, and the one hint that follows from that. It only reads the game; no pygame."""

from dataclasses import dataclass

from game.content.words import counted
from game.sim.components import Gun, Heat, Unit
from game.sim.events import Damaged, Destroyed, LevelEnded, Overheated
from game.sim.resources import TICK_RATE, objectives_open
from game.sim.systems.enemy_pilots import engaged_now
from game.sim.systems.places import fired_switches

NEAR = 96  # px from an objective's edge within which a wreck is "by" it: Fouron or a shove may have taken it off
CROWD = 3  # machines engaging at once from which the hint is to draw them out fewer at a time
# The hint when nothing more follows from the loss: the two ways out of fire the game teaches, the dash named as the
# player has it bound (a control word, as in a level's message: the result screen names it)
TRY_AGAIN = "{dash} dashes through fire, and walls stop it: fight from cover."


@dataclass(frozen=True)
class Loss:
    """What the rules knew as the Layzner fell."""
    by: str = "Enemy fire"  # what wrecked it: "Bul cannon fire"; as it stands when the machine is not known
    place: str = ""  # "on the extraction pad", "by the extraction pad", or "" (by no objective)
    holding: str = ""  # the objective whose hold had begun, as "the extraction pad"; "" for none
    held: int = 0  # whole s of that hold done as it fell (it drains off the area)
    hold: float = 0.0  # s that hold takes
    called: int = 0  # reinforcements that hold had called in, landed or inbound
    firing: int = 0  # enemy machines engaging the Layzner as it fell
    hatches: float = 0.0  # the damage it was taking, times, with its hatches open (overheated); 0.0: it was not

    def lines(self) -> tuple[str, str]:
        """(what happened, in a sentence or two; the hint that follows from it)."""
        said = f"{self.by} wrecked the Layzner" + f" {self.place}" * bool(self.place)
        said += f", {counted(self.firing, 'machine')} firing on it." if self.firing > 1 else "."
        if self.holding:
            whose = "Its" if self.place.endswith(self.holding) else f"{self.holding[0].upper()}{self.holding[1:]}'s"
            done = f": {self.held} s of {self.hold:g} done" if self.held else ""
            calls = f", {counted(self.called, 'reinforcement')} called" if self.called else ""
            said += f" {whose} hold had begun{done}{calls}."
        return said, self._hint()

    def _hint(self) -> str:
        """The first that applies: overheated, a hold's reinforcements called, too many at once; else try again."""
        if self.hatches:
            return f"Overheated at the end: with its hatches open the Layzner takes {self.hatches:g}x damage. " \
                   "Let it cool before a fight."
        if self.called:
            return "Reinforcements land when a hold starts: clear the machines around it before you stand on it."
        if self.firing >= CROWD:
            return f"{self.firing} machines at once is too many: draw them out a few at a time, from cover."
        return TRY_AGAIN


class LossWatch:
    """Beside a game being played, as the recorder is: `loss` is how it was lost, once the tick that lost it has run
    (None before, or for a level won or out of time). The machine is gone after that tick, so whether it was
    overheated is read before each."""

    def __init__(self) -> None:
        self.loss: Loss | None = None
        self.overheated = False

    def before_step(self, game) -> None:
        heat = game.world.try_get(game.player, Heat)
        self.overheated = heat is not None and heat.overheated

    def after_step(self, game, events: list) -> None:
        """On the tick the level is decided (a reloaded level's too: it is told afresh), how it was lost."""
        if any(isinstance(event, LevelEnded) for event in events):
            hot = self.overheated or any(isinstance(e, Overheated) and e.entity == game.player for e in events)
            self.loss = read_loss(game, events, hot) if game.outcome == "lost" and not game.res.outcome_reason \
                else None


def read_loss(game, events: list, overheated: bool) -> Loss:
    """How the Layzner was lost on the tick that wrecked it, `events` that tick's; `overheated` as it began."""
    world, res = game.world, game.res
    hit = next((e for e in reversed(events) if isinstance(e, Damaged) and e.entity == game.player), None)
    wreck = next((e for e in events if isinstance(e, Destroyed) and e.entity == game.player), None)
    heat = res.catalog.units[wreck.kind].heat if wreck is not None else None
    by = (hit and _fire_of(game, hit.source, events)) or Loss.by
    hatches = heat.damage_taken if overheated and heat is not None else 0.0
    near = _objective_by(res, wreck.x, wreck.y) if wreck is not None else None
    place = ""
    if near is not None:
        objective = res.level.objectives[near]
        place = f"{'on' if objective.region.contains(wreck.x, wreck.y) else 'by'} {_name(objective)}"
    begun = _hold_begun(res, near)
    if begun is None:
        return Loss(by, place, firing=engaged_now(world, res), hatches=hatches)
    objective = res.level.objectives[begun]
    return Loss(by, place, _name(objective), res.objectives_held[begun] // TICK_RATE, objective.hold,
                _called(res, objective.object_id), engaged_now(world, res), hatches)


def _name(objective) -> str:
    return f"the {objective.name}" if objective.name else "the objective"


def _called(res, object_id: int) -> int:
    """Reinforcements the trigger or objective `object_id` has called in: no longer waiting for their call (-1),
    whether still inbound or landed and gone from res.arrivals."""
    waiting = [spawn_id for spawn_id, ticks in res.arrivals if ticks < 0]
    return sum(1 for spawn in res.level.arrivals if spawn.arrives == object_id and spawn.object_id not in waiting)


def _hold_begun(res, near: int | None) -> int | None:
    """The objective with a hold under way (started, as the rules count it: HOLD_SETTLE on it, not a brush of its edge;
    or its reinforcements called) still to reach: the one the wreck is by first, else the first in the file; None for
    none. Fouron or a shove may have taken the Layzner off."""
    started = fired_switches(res)
    begun = [index for index, objective in enumerate(res.level.objectives)
             if objective.hold and not res.objectives_reached[index]
             and (started[objective.object_id] or _called(res, objective.object_id))]
    return near if near in begun else next(iter(begun), None)


def _fire_of(game, source: int, events: list) -> str:
    """Whose fire a hit was, as "Bul cannon fire": the machine's kind and its weapon's last word (units.yaml's keys:
    bul_cannon, dis_rifle). A machine wrecked on the same tick is known by its Destroyed event."""
    unit = game.world.try_get(source, Unit)
    kind = unit.kind if unit is not None else next(
        (e.kind for e in events if isinstance(e, Destroyed) and e.entity == source), "")
    if kind not in game.res.catalog.units:
        return ""
    gun = game.world.try_get(source, Gun)
    weapon = gun.weapon if gun is not None else game.res.catalog.units[kind].weapon
    return f"{kind.capitalize()} {weapon.rsplit('_', 1)[-1]} fire"


def _objective_by(res, x: float, y: float) -> int | None:
    """The open objective still to reach that (x, y) is in, else the nearest within NEAR of its box; None for none."""
    near = []
    for index, (objective, is_open) in enumerate(zip(res.level.objectives, objectives_open(res.level,
                                                                                            res.objectives_reached))):
        if not is_open or res.objectives_reached[index]:
            continue
        if objective.region.contains(x, y):
            return index
        apart = objective.region.box_gap(x, y)
        if apart <= NEAR:
            near.append((apart, index))
    return min(near)[1] if near else None

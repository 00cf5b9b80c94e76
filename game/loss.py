"""How the Layzner was lost, for the result screen: what wrecked it, where and during what (Fouron at its controls too),
read off the game on the tick it fell; or, out of time, how far it got and what was still to do; and the one hint that
follows from that. It only reads the game; no pygame."""

import math
from dataclasses import dataclass

from game.content.words import counted
from game.sim.components import Gun, Heat, Position, Unit
from game.sim.events import Damaged, Destroyed, LevelEnded, Overheated, Rammed, Vented
from game.sim.resources import TICK_RATE, handing_back, objectives_open
from game.sim.systems.enemy_pilots import engaged_now
from game.sim.systems.outcome import hostiles_left
from game.sim.systems.places import HOLD_SETTLE, fired_switches, named_objective

NEAR = 96  # px from an objective's edge within which a wreck is "by" it: Fouron or a shove may have taken it off
CROWD = 3  # machines engaging at once from which the hint is to draw them out fewer at a time
# The hint when nothing more follows from the loss: the two ways out of fire the game teaches, the dash named as the
# player has it bound (a control word, as in a level's message: the result screen names it)
TRY_AGAIN = "{dash} dashes through fire, and walls stop it: fight from cover."
# The hint when Fouron held the controls as the Layzner fell: what it does, and the way back (a control word)
FOURON_HINT = "Fouron seizes the Layzner below a quarter armour: mash {dash} to take it back."
# Who flew the Layzner as it fell, when not the pilot: Loss.fouron's values, as the story says them
FOURON_SAID = {"held": " while Fouron held the controls", "handed back": " just as Fouron handed the controls back"}


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
    fouron: str = ""  # "held": Fouron had seized the controls; "handed back": it had just let go (FOURON_SAID); ""
    hot_first: bool = False  # overheated (hatches) at the pilot's hands before Fouron seized the controls

    def lines(self) -> tuple[str, str]:
        """(what happened, in a sentence or two; the hint that follows from it)."""
        said = f"{self.by} wrecked the Layzner" + f" {self.place}" * bool(self.place) + FOURON_SAID.get(self.fouron, "")
        said += f", {counted(self.firing, 'machine')} firing on it." if self.firing > 1 else "."
        if self.holding:
            whose = "Its" if self.place.endswith(self.holding) else f"{_capital(self.holding)}'s"
            done = f": {self.held} s of {self.hold:g} done" if self.held else ""
            calls = f", {counted(self.called, 'reinforcement')} called" if self.called else ""
            said += f" {whose} hold had begun{done}{calls}."
        return said, self._hint()

    def _hint(self) -> str:
        """The first that applies: the pilot's overheat that Fouron seized a machine already venting in, Fouron at
        the controls, overheated, a hold's reinforcements called, too many at once; else try again. The cause that came
        first is named: after an overheat of the pilot's making, "mash {dash}" taught the wrong lesson."""
        hot = f"with its hatches open the Layzner takes {self.hatches:g}x damage. Let it cool before a fight."
        if self.hatches and self.hot_first and self.fouron == "held":
            return f"Overheated before Fouron seized it: {hot}"
        if self.fouron == "held":  # the pilot's own choices were not in play
            return FOURON_HINT
        if self.hatches:
            return f"Overheated at the end: {hot}"
        if self.called:
            return "Reinforcements land when a hold starts: clear the machines around it before you stand on it."
        if self.firing >= CROWD:
            return f"{self.firing} machines at once is too many: draw them out a few at a time, from cover."
        return TRY_AGAIN


@dataclass(frozen=True)
class TimeUp:
    """What the rules knew as the level's time ran out: how far the Layzner got, and what was still to do."""
    reached: int = 0  # objectives reached
    objectives: int = 0  # in all; 0 on a map won by stopping every machine
    standing: int = 0  # on such a map, the machines still to stop, on the map or inbound
    holding: str = ""  # the objective whose hold was under way, as "the extraction pad"; "" for none
    held: int = 0  # whole s of that hold done
    hold: float = 0.0  # s that hold takes
    off_it: bool = False  # the Layzner stood off that hold, which drains as it does
    next: str = ""  # with no hold under way, the objective to reach next, as the HUD names it
    tiles: int = 0  # how far off it the Layzner stood, in tiles: 0 at its edge or on it

    def lines(self) -> tuple[str, str]:
        """(how far it got, and the hold under way; the hint that follows from it), as Loss.lines."""
        if not self.objectives:
            return f"Time ran out with {counted(self.standing, 'machine')} still to stop.", \
                "Rei marks the quickest kill: take her targets first to clear the area in time."
        said = f"Time ran out with {self.reached} of {counted(self.objectives, 'objective')} reached."
        if self.holding:
            said += f" {_capital(self.holding)}'s hold was under way: {self.held} s of {self.hold:g} done."
            if self.off_it:
                return said, f"A hold drains while the Layzner is off it: stay on {self.holding} until it is held."
            need = math.ceil(self.hold)  # as the HUD's clock, counting down, shows it in whole seconds
            return said, f"A {self.hold:g} s hold needs {need // 60}:{need % 60:02d} left on the clock as it begins: " \
                         f"reach {self.holding} sooner."
        hint = "press on between fights; not every machine must fall."
        if not self.next:  # no objective named: none open is left to reach (an `after` loop, which the loader refuses)
            return said, _capital(hint)
        off = f"{counted(self.tiles, 'tile')} off" if self.tiles else "the Layzner there"  # on it, or at its edge
        return said, f"{_capital(self.next)} was next, {off}: {hint}"


class LossWatch:
    """Beside a game being played, as the recorder is: `loss` is how it was lost, once the tick that lost it has run
    (a Loss, or a TimeUp for a level out of time; None before, or for a level won). The machine is gone after that
    tick, so whether it was overheated is read before each; and whose the overheat was as it came."""

    def __init__(self) -> None:
        self.loss: Loss | TimeUp | None = None
        self.overheated = False
        self.hot_first = False  # the overheat under way came with the pilot at the controls, not Fouron
        self.held = False  # Fouron held the controls as the last tick began

    def before_step(self, game) -> None:
        heat = game.world.try_get(game.player, Heat)
        self.overheated = heat is not None and heat.overheated
        self.held = game.res.fouron.active

    def after_step(self, game, events: list) -> None:
        """On the tick the level is decided (a reloaded level's too: it is told afresh), how it was lost."""
        for event in events:
            if isinstance(event, (Overheated, Vented)) and event.entity == game.player:
                # Fouron acts first in a tick: seizing in this one, the overheat is its own
                self.hot_first = isinstance(event, Overheated) and not (self.held or game.res.fouron.active)
        if any(isinstance(event, LevelEnded) for event in events):
            hot = self.overheated or any(isinstance(e, Overheated) and e.entity == game.player for e in events)
            if game.outcome != "lost":
                self.loss = None
            elif game.res.outcome_reason == "time":
                self.loss = read_time_up(game)
            else:
                self.loss = read_loss(game, events, hot, self.hot_first)


def read_loss(game, events: list, overheated: bool, hot_first: bool = False) -> Loss:
    """How the Layzner was lost on the tick that wrecked it, `events` that tick's; `overheated` as it began;
    `hot_first`: that overheat came at the pilot's hands, before any takeover (LossWatch)."""
    world, res = game.world, game.res
    hit = next((e for e in reversed(events) if isinstance(e, Damaged) and e.entity == game.player), None)
    wreck = next((e for e in events if isinstance(e, Destroyed) and e.entity == game.player), None)
    heat = res.catalog.units[wreck.kind].heat if wreck is not None else None
    by = (hit and _fire_of(game, hit, events)) or Loss.by
    hatches = heat.damage_taken if overheated and heat is not None else 0.0
    fouron = _fouron_then(res, wreck.kind if wreck is not None else res.catalog.player)
    near = _objective_by(res, wreck.x, wreck.y) if wreck is not None else None
    place = ""
    if near is not None:
        objective = res.level.objectives[near]
        place = f"{'on' if objective.region.contains(wreck.x, wreck.y) else 'by'} {_name(objective)}"
    begun = _hold_begun(res, near)
    if begun is None:
        return Loss(by, place, firing=engaged_now(world, res), hatches=hatches, fouron=fouron, hot_first=hot_first)
    objective = res.level.objectives[begun]
    return Loss(by, place, _name(objective), res.objectives_held[begun] // TICK_RATE, objective.hold,
                _called(res, objective.object_id), engaged_now(world, res), hatches, fouron, hot_first)


def read_time_up(game) -> TimeUp:
    """How far the Layzner got as the level's time ran out: the objectives reached, and the one the HUD names (the
    hold under way, or the next to reach, and how far off it the Layzner stood)."""
    world, res = game.world, game.res
    level = res.level
    if not level.objectives:
        return TimeUp(standing=hostiles_left(world, res))
    reached, named = res.objectives_reached.count(True), named_objective(res)
    if named is None:  # every objective open is reached, and none is left open: nothing more to say of where
        return TimeUp(reached, len(level.objectives))
    objective, held = level.objectives[named], res.objectives_held[named]
    pos = world.try_get(game.player, Position)
    if objective.hold and held >= round(HOLD_SETTLE * TICK_RATE):  # under way, as the rules count a hold started
        off_it = pos is not None and not objective.region.contains(pos.x, pos.y)
        return TimeUp(reached, len(level.objectives), holding=_name(objective), held=held // TICK_RATE,
                      hold=objective.hold, off_it=off_it)
    tiles = round(objective.region.box_gap(pos.x, pos.y) / level.tile_width) if pos is not None else 0
    return TimeUp(reached, len(level.objectives), next=_name(objective), tiles=tiles)


def _name(objective) -> str:
    return f"the {objective.name}" if objective.name else "the objective"


def _capital(words: str) -> str:
    """`words` to begin a sentence: "the relay tower" → "The relay tower"."""
    return words[:1].upper() + words[1:]


def _fouron_then(res, kind: str) -> str:
    """Who had the controls as the Layzner of `kind` fell, when not the pilot (Loss.fouron): "held", Fouron had seized
    them; "handed back", it had let go within its hand-back; "" otherwise, or for a machine with no Fouron."""
    spec = res.catalog.units[kind].fouron if kind in res.catalog.units else None
    if spec is None:
        return ""
    if res.fouron.active:
        return "held"
    return "handed back" if handing_back(res, spec) else ""


def _called(res, object_id: int) -> int:
    """Reinforcements the trigger or objective `object_id` has called in: no longer waiting for their call (-1),
    whether still inbound or landed and gone from res.arrivals (of those placed on the difficulty played)."""
    waiting = [spawn_id for spawn_id, ticks in res.arrivals if ticks < 0]
    return sum(1 for spawn in res.level.arrivals_on(res.difficulty)
               if spawn.arrives == object_id and spawn.object_id not in waiting)


def _hold_begun(res, near: int | None) -> int | None:
    """The objective with a hold under way (started, as the rules count it: HOLD_SETTLE on it, not a brush of its edge;
    or its reinforcements called) still to reach: the one the wreck is by first, else the first in the file; None for
    none. Fouron or a shove may have taken the Layzner off."""
    started = fired_switches(res)
    begun = [index for index, objective in enumerate(res.level.objectives)
             if objective.hold and not res.objectives_reached[index]
             and (started[objective.object_id] or _called(res, objective.object_id))]
    return near if near in begun else next(iter(begun), None)


def _fire_of(game, hit: Damaged, events: list) -> str:
    """Whose blow `hit` was, worded by what it was: a V-MAX ram ("A Dis's V-MAX ram", its Rammed event at the hit),
    else the machine's weapon as the catalog has it (WeaponSpec.kind): "Bul cannon fire", "A Dis's ram" (a melee
    weapon, named by its key's last word: units.yaml's keys read bul_cannon, dis_rifle), "Bul missiles". A machine
    wrecked on the same tick is known by its Destroyed event; "" for one not known."""
    source, catalog = hit.source, game.res.catalog
    unit = game.world.try_get(source, Unit)
    kind = unit.kind if unit is not None else next(
        (e.kind for e in events if isinstance(e, Destroyed) and e.entity == source), "")
    if kind not in catalog.units:
        return ""
    name = kind.capitalize()
    whose = f"{'An' if name[0] in 'AEIOU' else 'A'} {name}'s"
    if any(isinstance(e, Rammed) and (e.entity, e.target, e.x, e.y) == (source, hit.entity, hit.x, hit.y)
           for e in events):
        return f"{whose} V-MAX ram"
    gun = game.world.try_get(source, Gun)
    weapon = gun.weapon if gun is not None else catalog.units[kind].weapon
    kind_of = catalog.weapons[weapon].kind
    if kind_of == "missile":
        return f"{name} missiles"
    word = weapon.rsplit("_", 1)[-1]
    return f"{whose} {word}" if kind_of == "melee" else f"{name} {word} fire"


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

"""Places on the map that react to the player: triggers (message, alarm, Rei, Fouron, repair) and objectives to
reach."""

from game.sim.components import Health, Launcher, Position
from game.sim.events import AlarmRaised, HoldStarted, ObjectiveOpened, ObjectiveReached
from game.sim.resources import TICK_RATE, hold_ticks, objectives_open
from game.sim.systems.fouron import seize
from game.sim.systems.speech import ask, tell

# s on an objective to hold before the hold counts as started (Rei says so): brushing its edge or dashing across it
# is not holding it.
HOLD_SETTLE = 0.5


def spring_triggers(world, res) -> None:
    """A trigger fires when the player enters its region (once, unless once is false): it shows its text,
    raises the alarm, has Rei speak to its situation, hands the Layzner to Fouron, or repairs and rearms it."""
    pos = world.try_get(res.player, Position)
    if pos is None or res.outcome:  # once the level is decided, nothing more happens on the map
        return
    for trigger, state in zip(res.level.triggers, res.triggers):
        inside = trigger.region.contains(pos.x, pos.y)
        if inside and not state.inside and not (trigger.once and state.fired):
            state.fired += 1
            if trigger.action == "message":
                tell(res, trigger)  # "Rei: ..." in her panel, after one still being read; other words on the HUD
            elif trigger.action == "alarm":
                res.events.append(AlarmRaised(trigger.object_id, pos.x, pos.y))
            elif trigger.action == "advise":
                ask(res, trigger.situation)
            elif trigger.action == "fouron":
                seize(world, res, "scripted")
            elif trigger.action == "repair":
                _repair(world, res)
        state.inside = inside


def _repair(world, res) -> None:
    """A supply cache between fights: the Layzner's armour and missiles back to what it brought into the level, so a
    mission's fights are each a fight, not a draw on one stock of armour that a new pilot spends on the first."""
    health = world.try_get(res.player, Health)
    if health is not None and health.hit_points > 0:  # a wreck this tick stays one
        health.hit_points = health.max_hit_points
    launcher = world.try_get(res.player, Launcher)
    if launcher is not None:
        launcher.ammo = res.catalog.units[res.catalog.player].missiles.ammo


def reach_objectives(world, res) -> None:
    """The player reaches an objective by entering it, or by staying in it for its hold. A hold fills a tick for
    each tick inside and drains as fast outside: a shove off the pad costs what it took, not the whole count."""
    pos = _player_at(world, res)
    if pos is None:
        return
    reached, held = res.objectives_reached, res.objectives_held
    for index, objective in _still_to_reach(res):
        if not objective.region.contains(pos.x, pos.y):
            if held[index]:
                held[index] -= 1
            continue
        if objective.hold:
            held[index] += 1
            if held[index] == round(HOLD_SETTLE * TICK_RATE):
                res.events.append(HoldStarted(objective.object_id, objective.hold))
            if held[index] < hold_ticks(objective):
                continue
        reached[index] = True
        res.events.append(ObjectiveReached(objective.object_id, objective.text, reached.count(False)))
        for after in res.level.objectives:  # in file order: those this one opens, told after it
            if after.after == objective.object_id:
                res.events.append(ObjectiveOpened(after.object_id, after.text))


def holds_slipping(world, res) -> list[bool]:
    """One per objective: a hold under way that the Layzner stands off, so reach_objectives drains it a tick each
    tick and its count of seconds to go climbs back: what the HUD warns of. All False while nothing drains (the
    level decided, the Layzner gone)."""
    slipping = [False] * len(res.level.objectives)
    pos = _player_at(world, res)
    if pos is not None:
        for index, objective in _still_to_reach(res):
            slipping[index] = res.objectives_held[index] > 0 and not objective.region.contains(pos.x, pos.y)
    return slipping


def named_objective(res) -> int | None:
    """Which objective the HUD's top plate names: the open one held the longest, else the first open still to reach
    that an objective reached has opened (its `after`: the one the notice named "Next"), else the first open still to
    reach (a closed one, its `after` not yet reached, is not named)."""
    opened = objectives_open(res.level, res.objectives_reached)
    left = [index for index, done in enumerate(res.objectives_reached) if not done and opened[index]]
    left.sort(key=lambda index: not res.level.objectives[index].after)  # open with an after: max keeps the first
    return max(left, key=lambda index: res.objectives_held[index], default=None)


def _player_at(world, res):
    """The Layzner's Position while objectives count, else None: gone, or the level decided (time up, say: a hold
    finishing after it counts for nothing)."""
    return None if res.outcome is not None else world.try_get(res.player, Position)


def _still_to_reach(res) -> list[tuple[int, object]]:
    """(index, objective) of those that count this tick: open and not reached. A closed one (its `after` not yet
    reached) counts nothing; one opened this tick counts from the next."""
    opened = objectives_open(res.level, res.objectives_reached)
    return [(index, objective) for index, (objective, reached) in
            enumerate(zip(res.level.objectives, res.objectives_reached)) if opened[index] and not reached]


def fired_switches(res) -> dict[int, bool]:
    """The triggers that have fired and the objectives whose hold has started (or, with no hold, been reached), by
    object id: what may bring reinforcements, open a gate or shut one. A dict, not a set: the rules iterate no sets."""
    fired = {trigger.object_id: state.fired > 0 for trigger, state in zip(res.level.triggers, res.triggers)}
    settle = round(HOLD_SETTLE * TICK_RATE)
    for objective, reached, held in zip(res.level.objectives, res.objectives_reached, res.objectives_held):
        fired[objective.object_id] = reached or (objective.hold > 0 and held >= settle)
    return fired

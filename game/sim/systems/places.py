"""Places on the map that react to the player: triggers (message, alarm, Rei, Fouron) and objectives to reach."""

from game.sim.components import Position
from game.sim.events import AlarmRaised, MessageShown, ObjectiveReached
from game.sim.systems.fouron import seize
from game.sim.systems.speech import ask


def spring_triggers(world, res) -> None:
    """A trigger fires when the player enters its region (once, unless once is false): it shows its text,
    raises the alarm, has Rei speak to its situation, or hands the Layzner to Fouron."""
    pos = world.try_get(res.player, Position)
    if pos is None:
        return
    for trigger, state in zip(res.level.triggers, res.triggers):
        inside = trigger.region.contains(pos.x, pos.y)
        if inside and not state.inside and not (trigger.once and state.fired):
            state.fired += 1
            if trigger.action == "message":
                res.events.append(MessageShown(trigger.object_id, trigger.text))
            elif trigger.action == "alarm":
                res.events.append(AlarmRaised(trigger.object_id, pos.x, pos.y))
            elif trigger.action == "advise":
                ask(res, trigger.situation)
            elif trigger.action == "fouron":
                seize(res, "scripted")
        state.inside = inside


def reach_objectives(world, res) -> None:
    pos = world.try_get(res.player, Position)
    if pos is None:
        return
    for index, objective in enumerate(res.level.objectives):
        if not res.objectives_reached[index] and objective.region.contains(pos.x, pos.y):
            res.objectives_reached[index] = True
            remaining = res.objectives_reached.count(False)
            res.events.append(ObjectiveReached(objective.object_id, objective.text, remaining))

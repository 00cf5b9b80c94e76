"""What the Layzner must get to on foot, and what must come to it: objectives, enemies, triggers and reinforcements."""

from game.content.check_places import off_the_map, on_map, way_needed
from game.content.errors import Problem, named_object
from game.content.gate_check import behind_gates, reach_through_gates
from game.content.level_data import LevelData
from game.content.reach import Reach, inside_wall
from game.content.tmx_properties import property_where


def unreachable(level: LevelData, radius: float, least: float) -> list[Problem]:
    """What the player must get to (objectives, or else every enemy) must be reachable on foot from the spawn. An
    objective narrower than `least` px has its own problem (check._too_small_to_count): one mistake, one line."""
    if inside_wall(level.walls_at_start, *level.player_spawn, radius):
        return []  # already reported (a gate shut over it too); reachability from inside a wall means nothing
    reach, gates_shut = reach_through_gates(level, radius)
    problems = []
    if level.objectives:
        shut = f"somewhere between them a way is shut or too narrow ({way_needed(level, radius)}): open it"
        for objective in level.objectives:
            too_small = min(objective.region.width, objective.region.height) < least
            if too_small or not on_map(level, *objective.region.centre) or reach.any_inside(objective.region):
                continue
            gated = behind_gates(level, radius, objective.region, gates_shut)
            if gated:
                problems.append(Problem(level.path, objective.where, "an objective the player can walk to",
                                        "no way there from the player spawn" + gated,
                                        "set the gate's opens to a trigger or objective the player can get to before "
                                        "it, or move the objective"))
            elif reach.room_inside(objective.region):
                problems.append(Problem(level.path, objective.where, "an objective the player can walk to",
                                        "no way there from the player spawn" + _way_ends(level, reach, objective),
                                        shut))
            else:  # no way to open: it is drawn where the machine cannot stand
                problems.append(Problem(
                    level.path, objective.where, "an objective the player can walk to",
                    f"no spot in it where a machine {2 * radius:g} px across stands clear of the walls",
                    f"the player reaches it when the machine's centre is inside, {radius:g} px from any wall at least: "
                    "draw it over open ground, larger or further from the walls"))
    else:
        for spawn in level.enemy_spawns:
            if on_map(level, spawn.x, spawn.y) and not reach.near(spawn.x, spawn.y, radius * 3):
                problems.append(Problem(level.path, spawn.where,
                                        "an enemy the player can get to (all must be destroyed or disabled to win)",
                                        "no way there from the player spawn", "open a way to it, or add an objective"))
    return (problems + _triggers_never_entered(level, reach, radius, gates_shut)
            + _arrivals_never_called(level, reach, radius))


def _triggers_never_entered(level: LevelData, reach: Reach, radius: float,
                            gates_shut: tuple[bool, ...]) -> list[Problem]:
    """A trigger no way on foot enters never fires: its message is never read, its alarm never sounds, and nothing in
    play says so. One a reinforcement's `arrives` names is told there (_arrivals_never_called), and one wholly off the
    map as such (level_problems): one mistake, one line."""
    called = {spawn.arrives for spawn in level.arrivals}
    problems = []
    for trigger in level.triggers:
        region = trigger.region
        if trigger.object_id in called or off_the_map(level, region) or reach.any_inside(region):
            continue
        gated = behind_gates(level, radius, region, gates_shut)
        where = ("no way from the player spawn into it" + (gated or _way_ends(level, reach, trigger))
                 if gated or reach.room_inside(region)
                 else f"no spot in it where a machine {2 * radius:g} px across stands clear of the walls")
        problems.append(Problem(level.path, trigger.where, "a trigger the player can walk into",
                                f"{where}, so it never fires",
                                f"draw it over open ground the player crosses ({way_needed(level, radius)}), "
                                "or open a way into it"))
    return problems


def _arrivals_never_called(level: LevelData, reach: Reach, radius: float) -> list[Problem]:
    """A reinforcement must be able to come and to fight: its trigger one the player can walk into, its objective not
    the one that wins the level as it is reached, and (on a map with objectives; without, unreachable asks it of
    every enemy) a way on foot from its spawn to the player's ground."""
    triggers = {trigger.object_id: trigger for trigger in level.triggers}
    objectives = {objective.object_id: objective for objective in level.objectives}
    problems = []
    for spawn in level.arrivals:
        where = property_where(spawn.where, "arrives", spawn.template_of("arrives"))
        trigger, objective = triggers.get(spawn.arrives), objectives.get(spawn.arrives)
        if trigger is not None and not reach.any_inside(trigger.region):
            problems.append(Problem(level.path, where, "a trigger the player can walk into, to bring it in",
                                    f"{named_object(trigger.object_id, trigger.name)}, which no way from the player "
                                    "spawn enters, so it never arrives",
                                    "open a way into the trigger (a machine needs a way 2 tiles wide), "
                                    "or pick another"))
        elif objective is not None and not objective.hold and len(level.objectives) == 1:
            problems.append(Problem(level.path, where, "a trigger, or an objective with a hold, to bring it in",
                                    f"{named_object(objective.object_id, objective.name)}, the only objective, with no "
                                    "hold: reaching it wins the level, so it never arrives",
                                    "give the objective a hold (it comes as the hold starts), or pick a trigger"))
        elif objective is not None and not objective.hold and _comes_last(level, objective):
            problems.append(Problem(level.path, where, "a trigger, or an objective with a hold, to bring it in",
                                    f"{named_object(objective.object_id, objective.name)}, with no hold, after every "
                                    "other objective (its after): reaching it wins the level, so it never arrives",
                                    "give the objective a hold (it comes as the hold starts), or pick a trigger"))
        if level.objectives and on_map(level, spawn.x, spawn.y) and not reach.near(spawn.x, spawn.y, radius * 3):
            problems.append(Problem(level.path, spawn.where, "a reinforcement with a way on foot to the player",
                                    "no way from its spawn to the ground the player can walk",
                                    "move it where a way leads to the fight, or open one"))
    return problems


def _comes_last(level: LevelData, objective) -> bool:
    """Whether every other objective comes before `objective` along its `after`s: it is the last to reach."""
    after = {o.object_id: o.after for o in level.objectives}
    before, at = [], objective.after
    while at in after and at not in before:
        before.append(at)
        at = after[at]
    return len(before) == len(level.objectives) - 1


def _way_ends(level: LevelData, reach: Reach, objective) -> str:
    """Where the player's way on foot ends nearest the objective, for "found ...": the shut or narrow way to look for
    is past that tile, toward the objective."""
    end = reach.nearest_to(objective.region)
    if end is None:
        return ""
    x, y, short = end
    # A probe point on a tile's edge names the open tile it belongs to, not the wall beside it.
    column = min(max(int(x // level.tile_width), 0), level.width - 1)
    row = min(max(int(y // level.tile_height), 0), level.height - 1)
    if level.solid[row][column]:
        column, row = next(((c, r) for c, r in ((column - 1, row), (column, row - 1), (column - 1, row - 1))
                            if 0 <= c and 0 <= r and not level.solid[r][c]), (column, row))
    return f"; on foot it gets no nearer than tile ({column}, {row}), {short:.0f} px short of it"

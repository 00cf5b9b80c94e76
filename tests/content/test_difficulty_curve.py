"""The campaign's second and third missions as a new pilot meets them: fights staggered, a supply cache between them."""

from math import dist
from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.level import load_level

LEVELS = Path(__file__).resolve().parents[2] / "levels"
CLIMB = ("outpost", "storm_canyon")  # the missions after the first, where a novice met a wall (0 wins in 8 on Normal)
NEWCOMERS = ("easy", "normal")  # the difficulties the curve is for: Hard keeps the machines it takes out


def placed(level, difficulty):
    """The level's enemy spawns on `difficulty`."""
    return [spawn for spawn in level.enemy_spawns if spawn.placed_on(difficulty)]


def largest_pack(level, catalog, difficulty) -> int:
    """The most machines one spotting wakes at once on `difficulty`: a machine there from the start and every calm
    ally in its call_range that answers (sentries, holds_post, keep their posts)."""
    spawns = placed(level, difficulty)
    answering = [s for s in spawns if not s.arrives and not s.holds_post]
    def woken(spotter) -> int:
        call = catalog.units[spotter.kind].ai.call_range
        return 1 + sum(1 for other in answering
                       if other is not spotter and dist((spotter.x, spotter.y), (other.x, other.y)) <= call)
    return max((woken(spotter) for spotter in spawns if not spotter.arrives), default=0)


@pytest.mark.parametrize("difficulty", NEWCOMERS)
@pytest.mark.parametrize("name", CLIMB)
def test_no_spotting_wakes_more_than_three_machines_at_once(name, difficulty):
    # the spotter and two allies: the old maps woke four (the storm canyon's fork) and five (the outpost's pad heavy)
    assert largest_pack(load_level(LEVELS / f"{name}.tmx"), load_catalog(), difficulty) <= 3


@pytest.mark.parametrize("difficulty", NEWCOMERS)
@pytest.mark.parametrize("name", CLIMB)
def test_the_hold_brings_one_reinforcement_not_a_second_fight(name, difficulty):
    level = load_level(LEVELS / f"{name}.tmx")
    assert sum(1 for spawn in placed(level, difficulty) if spawn.arrives) == 1


@pytest.mark.parametrize("name", CLIMB)
def test_a_supply_cache_stands_between_the_start_and_the_hold(name):
    level = load_level(LEVELS / f"{name}.tmx")
    start = (level.player_spawn[0], level.player_spawn[1])
    (goal,) = level.objectives
    caches = [t for t in level.triggers if t.action == "repair"]
    assert caches
    for cache in caches:
        centre = (cache.region.x + cache.region.width / 2, cache.region.y + cache.region.height / 2)
        here = (goal.region.x + goal.region.width / 2, goal.region.y + goal.region.height / 2)
        assert dist(centre, here) < dist(start, here)  # nearer the hold than the start: after the first fights

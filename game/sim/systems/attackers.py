"""Attack turns: how many of the machines engaging the Layzner may fire at it at once, by difficulty; the nearest
fire, the rest circle and hold their fire until one of them falls or drops back."""

# The most machines firing at the Layzner at once, by the difficulty the game was started on (None: every one).
# A room waking at once had three to five machines firing within 3 s, 44-94 armour/s against 240: a new pilot was
# wrecked before learning where the shots came from. Capped, the fight ramps as the player thins it. Normal is not:
# capped at 2 it saved the novice bot nothing measurable (no win in 8 on missions 2-4 either way, 17 s survived), and
# it cost every crowded tick a sort of the fight by distance.
ATTACKERS = {"easy": 1, "normal": None, "hard": None}
# How long the machines' guns take between shots, against their catalog cooldown, by difficulty.
FIRE_PACE = {"easy": 2.0, "normal": 1.0, "hard": 1.0}


def hold_fire(res, pilots, engaged: int, player_pos) -> None:
    """Of the `pilots` engaging (`engaged` of them), those not among the difficulty's ATTACKERS nearest the Layzner
    (ties to the lower id) hold their fire: each tick, so one drawing ahead stops at once, even between its thoughts
    (a pilot holding its fire opens it at its next thought)."""
    limit = ATTACKERS[res.difficulty]
    if limit is None or engaged <= limit or player_pos is None:
        return
    px, py = player_pos.x, player_pos.y
    nearest = sorted(((pos.x - px) ** 2 + (pos.y - py) ** 2, entity)
                     for entity, brain, _, pos, *_ in pilots if brain.state == "engage")
    firing = [entity for _, entity in nearest[:limit]]
    for entity, _, intent, *_ in pilots:
        if intent.fire and entity not in firing:
            intent.fire = False

"""What the pilot must keep in sight to survive, and whether a place on screen hides any of it: Rei's panel turns
see-through over it (advisor_panel.look_through), the renderer asking once a frame."""

import numpy as np

from game.sim.components import Brain, Position
from game.sim.spawn import PLAYER_FACTION
from game.sim.systems.recommend import ALERTNESS
from game.view.camera import between

UNDER_PANEL = 20  # px: a machine counts as under Rei's panel once its body, not only its centre, is


def hides_danger(game, camera, panel_rect, alpha: float) -> bool:
    """Whether Rei's panel is over what the pilot must keep in sight to survive: the Layzner, a machine aware of it
    (those Rei counts the threat of), her target, a shot of the enemy's still coming at the Layzner, or a spot a
    reinforcement is inbound to (its ring the only warning of a machine about to land there)."""
    world = game.world
    player = world.try_get(game.player, Position)
    if player is None:
        return False
    left, top = camera.to_world(*panel_rect.inflate(2 * UNDER_PANEL, 2 * UNDER_PANEL).topleft)
    right, bottom = left + panel_rect.w + 2 * UNDER_PANEL, top + panel_rect.h + 2 * UNDER_PANEL
    me_x, me_y = between(player, alpha)
    if left <= me_x < right and top <= me_y < bottom:
        return True
    target = game.res.advice.target if game.res.advice is not None else None
    # Asked of every machine every frame the panel shows: worked out in line, and y only for those in its columns.
    for entity, (brain, pos) in world.query(Brain, Position):
        if brain.state in ALERTNESS or entity == target:
            x = pos.prev_x + (pos.x - pos.prev_x) * alpha
            if left <= x < right and top <= pos.prev_y + (pos.y - pos.prev_y) * alpha < bottom:
                return True
    bolts, count = game.res.bolts, len(game.res.bolts)
    if count:
        sides = bolts.sides.names
        theirs = bolts.faction[:count] != (sides.index(PLAYER_FACTION) if PLAYER_FACTION in sides else -1)
        x = bolts.prev_x[:count] + (bolts.x[:count] - bolts.prev_x[:count]) * alpha
        y = bolts.prev_y[:count] + (bolts.y[:count] - bolts.prev_y[:count]) * alpha
        coming = (me_x - x) * bolts.vx[:count] + (me_y - y) * bolts.vy[:count] > 0  # not yet past the Layzner
        if np.any(theirs & coming & (left <= x) & (x < right) & (top <= y) & (y < bottom)):
            return True
    for shot in game.res.missiles:
        x, y = between(shot, alpha)
        if shot.faction != PLAYER_FACTION and left <= x < right and top <= y < bottom:
            return True
    inbound = {spawn_id for spawn_id, ticks in game.res.arrivals if ticks >= 0}
    return any(left <= spawn.x < right and top <= spawn.y < bottom
               for spawn in game.res.level.arrivals if spawn.object_id in inbound)

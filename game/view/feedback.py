"""Feedback: how much each frame's events shake the screen, hold the action still and buzz a controller in the
player's hands (feel.yaml's numbers)."""

import math

from game.content.feel import Pulse
from game.sim.components import Health
from game.sim.events import Damaged, Destroyed, Fired, Overheated, Rammed, Reinforced, VmaxStarted

LANDING_REACH = 480  # px from the Layzner within which a landing is felt (shaken, buzzed), strongest on top of it


def landing_near(layzner, x: float, y: float) -> float:
    """How strongly a landing at (x, y) is felt by the Layzner at `layzner` (its place, px; None: no Layzner): 1 on
    its spot, falling off to 0 at LANDING_REACH px, and 0 beyond."""
    if layzner is None:
        return 0.0
    return max(0.0, 1.0 - math.dist(layzner, (x, y)) / LANDING_REACH)


def shake_for(events, player: int, feel) -> float:
    """Screen-shake trauma (px) these events add, before the player's shake setting scales it."""
    shake = feel.shake
    amount = 0.0
    for event in events:
        if isinstance(event, Fired) and event.entity == player:
            amount += shake.knuckle if event.weapon == "knuckle_shot" else shake.player_fires
        elif isinstance(event, Damaged) and event.entity == player:
            amount += shake.player_hit
        elif isinstance(event, Destroyed):
            amount += shake.player_destroyed if event.entity == player else shake.destroyed
        elif isinstance(event, Rammed):
            amount += shake.rammed
        elif isinstance(event, VmaxStarted) and event.entity == player:
            amount += shake.vmax_started
        elif isinstance(event, Overheated) and event.entity == player:
            amount += shake.overheated
    return amount


def hitstop_for(events, game, feel) -> float:
    """Seconds to hold the action after this tick: the longest that any heavy hit in it asks for."""
    stop = feel.hitstop
    longest = 0.0
    for event in events:
        if isinstance(event, Destroyed):
            longest = max(longest, stop.player_destroyed if event.entity == game.player else stop.destroyed)
        elif isinstance(event, Rammed):
            longest = max(longest, stop.rammed)
        elif isinstance(event, Damaged):
            health = game.world.try_get(event.entity, Health)
            if health is not None and event.amount >= feel.heavy_hit * health.max_hit_points:
                longest = max(longest, stop.heavy_hit)
    return longest


def rumble_for(events, player: int, feel, layzner=None):
    """The strongest controller buzz (feel.yaml's Pulse) these events ask for, or None: the same events as the shake
    but for the rifle's every shot, which would never let the motors rest. `layzner`: the player's machine's place
    (px), which a landing near it buzzes for, the weaker the farther off, as it shakes the screen."""
    rumble = feel.rumble
    pulses = []
    for event in events:
        if isinstance(event, Fired) and event.entity == player and event.weapon == "knuckle_shot":
            pulses.append(rumble.knuckle)
        elif isinstance(event, Damaged) and event.entity == player:
            pulses.append(rumble.player_hit)
        elif isinstance(event, Destroyed):
            pulses.append(rumble.player_destroyed if event.entity == player else rumble.destroyed)
        elif isinstance(event, Rammed):
            pulses.append(rumble.rammed)
        elif isinstance(event, VmaxStarted) and event.entity == player:
            pulses.append(rumble.vmax_started)
        elif isinstance(event, Overheated) and event.entity == player:
            pulses.append(rumble.overheated)
        elif isinstance(event, Reinforced):
            near = landing_near(layzner, event.x, event.y)
            if near > 0:
                pulses.append(Pulse(rumble.landed.strength * near, rumble.landed.seconds))
    return max(pulses, key=lambda pulse: (pulse.strength, pulse.seconds), default=None)

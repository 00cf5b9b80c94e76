"""V-MAX: whether a press would start it, starting it on a full meter, its few seconds as a blue comet, the heat it
builds (never past the heat gauge's warning line: there it burns out, short of an overheat), and ramming."""

import math

from game.sim.components import Body, Health, Heat, Intent, Position, Unit, Velocity, Vmax
from game.sim.damage import deal_damage
from game.sim.events import Rammed, VmaxCharged, VmaxEnded, VmaxRefused, VmaxStarted
from game.sim.resources import STEP
from game.sim.systems.heat import add_heat
from game.sim.vectors import normalized

CONTACT = 6.0  # px of reach beyond touching that counts as a ram
# Share of its duration a V-MAX must run at the heat it would start at to be worth a press: the HUD invites the press
# and Fouron presses only then; shorter, the gauge says TOO HOT (a press still starts it, but for a moment)
WORTHWHILE = 0.5


def run_vmax(world, res) -> None:
    """Start on request with a full meter; run, heating up; end when time is up, its heat reaches the gauge's warning
    line (`ceiling`), the machine overheats or the pilot asks. Its own heat stops at that line, so V-MAX alone never
    overheats the machine: a press the HUD invites cannot end in a crawl with the weapons locked (novices pressing it
    on a hot gauge overheated as it ended, in every loss); the rifle's heat and a dash's through it still can. Fouron,
    holding the controls, runs it by the same rules (it forced it whatever the heat, into an overheat)."""
    for entity, (vmax, heat, intent, unit) in world.query(Vmax, Heat, Intent, Unit):
        spec = res.catalog.units[unit.kind].vmax
        vmax.cooldown = max(0.0, vmax.cooldown - STEP)
        requested, intent.vmax = intent.vmax, False
        if vmax.active_left > 0:
            if requested:  # the pilot ends it early to spare the heat (or Fouron, letting go)
                _end(entity, vmax, spec, res)
                continue
            gain, room = spec.heat_rate * STEP, max(0.0, ceiling(res, unit.kind) - heat.value)
            add_heat(world, res, entity, min(gain, room))
            vmax.active_left -= STEP
            if vmax.active_left <= 0 or heat.overheated or gain >= room:
                _end(entity, vmax, spec, res)
        elif requested and can_start(world, res, entity):
            vmax.active_left = spec.duration
            res.events.append(VmaxStarted(entity))
        elif requested:  # the pilot hears and sees it would not start, rather than wonder whether the press was read
            res.events.append(VmaxRefused(entity, _refusal(vmax, heat, ceiling(res, unit.kind))))


def ceiling(res, kind: str) -> float:
    """% heat at which a V-MAX of a machine of `kind` burns out: its heat gauge's warning line (units.yaml)."""
    return res.catalog.units[kind].heat.warning


def charged(world, res, entity: int) -> bool:
    """The meter full, V-MAX neither running nor recharging, and the machine not venting: all a press needs but a
    gauge under the warning line (can_start). The HUD's gauge says TOO HOT for a charged V-MAX the heat refuses."""
    vmax, heat = world.try_get(entity, Vmax), world.try_get(entity, Heat)
    if vmax is None or heat is None:  # run_vmax visits only machines with both (units.yaml: vmax needs heat)
        return False
    return vmax.active_left <= 0 and vmax.meter >= 1.0 and vmax.cooldown <= 0 and not heat.overheated


def can_start(world, res, entity: int) -> bool:
    """A press of V-MAX now would start it: charged, and the heat under the warning line, where it would burn out at
    once. The one answer to "is V-MAX ready": run_vmax starts on it, the chime and Rei's line sound as it turns true
    (announce_vmax_ready), the HUD's gauge invites the press on it."""
    if not charged(world, res, entity):
        return False
    return world.get(entity, Heat).value < ceiling(res, world.get(entity, Unit).kind)


def worthwhile(world, res, entity: int) -> bool:
    """V-MAX would start now and run at least WORTHWHILE of its duration before its heat ends it (the rifle's with it
    while the trigger is held, as the HUD weighs it): Fouron presses only then."""
    duration = res.catalog.units[world.get(entity, Unit).kind].vmax.duration
    return can_start(world, res, entity) and would_last(world, res, entity) >= duration * WORTHWHILE


def announce_vmax_ready(world, res) -> None:
    """VmaxCharged for each machine that can start V-MAX now and could not at the end of the last tick: the chime
    means "press it now", so a meter filled while the machine vents waits for the vent to end, and sounds then.
    Late in the tick, once every hit, vent and takeover of it is known; each machine keeps the answer (Vmax.ready)."""
    for entity, (vmax,) in world.query(Vmax):
        ready = can_start(world, res, entity)
        if ready and not vmax.ready:
            res.events.append(VmaxCharged(entity))
        vmax.ready = ready


def _refusal(vmax, heat, top: float) -> str:
    """Why V-MAX would not start, as the HUD shows it: the overheat's lock first, then the cooldown, then the meter,
    then a gauge at its warning line (`top`: the ceiling), where a V-MAX would burn out at once."""
    if heat.overheated:
        return "overheated"
    if vmax.cooldown > 0:
        return "cooling"
    return "hot" if vmax.meter >= 1.0 and heat.value >= top else "charging"


def would_last(world, res, entity: int) -> float:
    """Seconds a V-MAX started now would run: its whole duration, or until its heat reaches the warning line and ends
    it (V-MAX's own, and the rifle's while its trigger is held: each bolt's heat at the rifle's rate)."""
    spec = res.catalog.units[world.get(entity, Unit).kind]
    heat, intent = world.try_get(entity, Heat), world.try_get(entity, Intent)
    if heat is None:
        return spec.vmax.duration
    rate = spec.vmax.heat_rate
    weapon = res.catalog.weapons.get(spec.weapon)
    if intent is not None and intent.fire and weapon is not None:
        rate += weapon.heat / weapon.cooldown
    if rate <= 0:
        return spec.vmax.duration
    return max(0.0, min(spec.vmax.duration, (spec.heat.warning - heat.value) / rate))


def _end(entity, vmax, spec, res) -> None:
    """It cannot be chained: the meter empties and refills only after the cooldown."""
    vmax.active_left = 0.0
    vmax.meter = 0.0
    vmax.cooldown = spec.cooldown
    vmax.rammed.clear()
    res.events.append(VmaxEnded(entity))


def ram_with_vmax(world, res) -> None:
    """A machine in V-MAX that touches an enemy machine deals heavy contact damage and throws it back."""
    machines = world.query(Position, Body, Unit, Health)
    for entity, (vmax, pos, body, unit) in world.query(Vmax, Position, Body, Unit):
        for target in list(vmax.rammed):
            vmax.rammed[target] -= STEP
            if vmax.rammed[target] <= 0:
                del vmax.rammed[target]
        if vmax.active_left <= 0:
            continue
        spec = res.catalog.units[unit.kind].vmax
        for target, (other, other_body, other_unit, health) in machines:
            if other_unit.faction == unit.faction or target in vmax.rammed or health.hit_points <= 0:
                continue
            dx, dy = other.x - pos.x, other.y - pos.y
            if math.hypot(dx, dy) > body.radius + other_body.radius + CONTACT:
                continue
            vmax.rammed[target] = spec.ram_interval
            x, y = (pos.x + other.x) / 2, (pos.y + other.y) / 2
            res.events.append(Rammed(entity, target, x, y))
            deal_damage(world, res, target, spec.ram_damage, x, y, entity)
            push_x, push_y = normalized(dx, dy)
            velocity = world.try_get(target, Velocity)
            if velocity is not None:
                velocity.x += push_x * spec.ram_knockback
                velocity.y += push_y * spec.ram_knockback

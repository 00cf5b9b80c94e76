"""Fouron: the black box that seizes the Layzner near destruction with an enemy in its sight (or when a level's
script says), fights for the pilot only to kill, and lets go when the pilot fights it off or it judges the danger past.

A rescue, not an autopilot: at low armour it seizes only while the level's takeovers (a script's among them) are
fewer than `takeovers`, and once it has destroyed `kills` machines this level it lets go as if the danger were past
and seizes no more, a script's call refused too (both counted on the level's tally): the pilot finishes the fight.

While it holds the controls it aims and fires (the rifle, the knuckle up close) at the nearest enemy it can
see, rams it in V-MAX when the meter is full and the heat leaves a worthwhile run, and takes `control` of the
movement: the pilot's own stick keeps the rest (apply_intent blends the two). Every dash press is spent fighting it
(resistance, which drains away unless the pilot keeps at it); the pilot's fire, missiles and V-MAX are ignored.
The machine's own combat AI does not cook its pilot: its heat stays under the gauge's warning line, as V-MAX's does.
It fires in bursts, resting its guns at the line until it has cooled to `fire_again_heat`, in V-MAX too; as it
seizes, the machine blows the pilot's heat off for `seize_vent` (heat.cool_machines). Heedless of heat, it ran
the gauge to an overheat (30 % speed, weapons locked, 1.5x damage taken) in novice runs, often as it handed back.

Letting go is a hand-back, not an abandonment: its V-MAX ends, shots pass through the machine as the controls change
hands, and for `handback_time` the machine blows off the heat it ran up (heat.cool_machines). The pass-through lasts
while its farewell waits to be said and `handback_grace` after it is (systems/speech.py; `grant_grace`), as the view's
CONTROL RESTORED comes with it; fought off, from the release, told at once. A kill made at once lets go while the
screen still says CONTROL SEIZED, and timed from the release the grace was over before the pilot was told the controls
were back (dead 0.8 s after the banner, among three machines firing); timed from an estimate of when the farewell
would come, a level's message in Fouron's voice held the farewell up past it.
"""

import math

from game.sim.components import Brain, Dash, Health, Heat, Intent, Launcher, Position, Unit, Velocity, Vmax
from game.sim.events import FouronReleased, FouronSeized
from game.sim.resources import STEP
from game.sim.systems.vmax import worthwhile
from game.sim.terrain import line_of_sight
from game.sim.vectors import lead_point, normalized
from game.sim.weather import visibility

STRAFE_SWITCH = 1.5  # s between its changes of circling direction
SEIZED_LEAST = 1.5  # s the view's CONTROL SEIZED card stands however soon Fouron lets go; its farewell waits for it


def seize(world, res, reason: str) -> bool:
    """Fouron takes the controls ("armour" or "scripted"); False when it already has them, has killed its `kills`
    this level (it would let go at once), or the player's machine carries no Fouron (a level's trigger may ask on any
    machine)."""
    fouron = res.fouron
    unit = world.try_get(res.player, Unit)
    if fouron.active or unit is None or res.catalog.units[unit.kind].fouron is None or kills_spent(world, res):
        return False
    launcher = world.try_get(res.player, Launcher)
    if launcher is not None:  # the pilot's hold on the missiles goes with the controls: no release, no launch
        launcher.held, launcher.target, launcher.lock = False, 0, 0.0
    fouron.active, fouron.resist, fouron.calm, fouron.seized_for, fouron.resting = True, 0.0, 0.0, 0.0, False
    res.tally.takeovers += 1
    res.events.append(FouronSeized(reason))
    return True


def run_fouron(world, res) -> None:
    """Seize below the armour threshold, then fight, count the pilot's struggle and the calm, and let go."""
    fouron = res.fouron
    entity = res.player
    health = world.try_get(entity, Health)
    if health is None or health.hit_points <= 0:  # a wreck, not yet cleared away: nothing left to seize or fly
        return
    spec = res.catalog.units[world.get(entity, Unit).kind].fouron
    if spec is None:
        return
    if not fouron.active:
        fouron.rearm = max(0.0, fouron.rearm - STEP)
        if fouron.rearm > 0 or health.hit_points >= health.max_hit_points * spec.armour_below:
            return
        if res.tally.takeovers >= spec.takeovers:  # spent for this level (a scripted takeover counts): no autopilot
            return
        # Only with an enemy in its sight: alone it would judge the danger past and let go calm_time later, after
        # taking the controls (and a takeover on the record) from a pilot with nothing to fight.
        if _prey(world, res, world.get(entity, Position), spec.sight_range) is None:
            return
        if not seize(world, res, "armour"):  # its kills spent this level, however many takeovers it may have
            return
        _pass_through(world, entity, spec.seize_grace)  # as it seizes: time to turn on a machine
    intent = world.get(entity, Intent)
    fouron.seized_for += STEP
    fouron.resist = max(0.0, fouron.resist - spec.resist_decay * STEP)
    if intent.dash:  # the pilot's dash is spent fighting for the controls, not dashing
        fouron.resist = min(1.0, fouron.resist + spec.resist_per_press)
        intent.dash = False
    if fouron.resist >= 1.0:
        _release(world, res, intent, spec, "resisted")
        return
    if kills_spent(world, res):  # it broke the attack; the rest of the fight is the pilot's
        _release(world, res, intent, spec, "danger_past")
        return
    pos = world.get(entity, Position)
    prey = _prey(world, res, pos, spec.sight_range)
    if prey is None:
        fouron.calm += STEP
        fouron.move_x = fouron.move_y = 0.0
        intent.fire = intent.knuckle = intent.missile = intent.vmax = False
        if fouron.calm >= spec.calm_time:
            _release(world, res, intent, spec, "danger_past")
        return
    fouron.calm = 0.0
    _hunt(world, res, entity, intent, pos, prey, spec)


def kills_spent(world, res) -> bool:
    """Fouron has destroyed all the machines it may this level (`kills`): it lets go, and does not seize again."""
    unit = world.try_get(res.player, Unit)
    spec = None if unit is None else res.catalog.units[unit.kind].fouron
    return spec is not None and res.tally.fouron_kills >= spec.kills


def _release(world, res, intent, spec, reason: str) -> None:
    """Give the controls back cleanly: what it was doing stops with it, its V-MAX too (asked to end, as a pilot
    ends one early: the pilot did not choose that heat), and shots pass through for `handback_grace` from now (fought
    off, the pilot is told at once; else speech.py holds it up while the farewell waits, and from the farewell)."""
    fouron = res.fouron
    fouron.active, fouron.resist, fouron.calm, fouron.rearm = False, 0.0, 0.0, spec.rearm
    fouron.move_x = fouron.move_y = 0.0
    vmax = world.try_get(res.player, Vmax)
    intent.fire = intent.knuckle = False
    intent.vmax = vmax is not None and vmax.active_left > 0  # run_vmax, next in the tick, ends it for the pilot
    grant_grace(world, res, res.player)
    res.events.append(FouronReleased(reason))


def grant_grace(world, res, entity: int) -> None:
    """Shots pass through `entity` for its Fouron's `handback_grace` from now, as in a dash (a longer grace stays):
    the hand-back is being told, or its farewell still waits to be."""
    unit = world.try_get(entity, Unit)
    spec = None if unit is None else res.catalog.units[unit.kind].fouron
    if spec is not None:
        _pass_through(world, entity, spec.handback_grace)


def _pass_through(world, entity: int, seconds: float) -> None:
    """Shots pass through `entity` for `seconds` from now, as in a dash (a longer grace stays)."""
    dash = world.try_get(entity, Dash)
    if dash is not None:
        dash.invulnerable_left = max(dash.invulnerable_left, seconds)


def _prey(world, res, pos, sight_range: float) -> int | None:
    """The nearest enemy machine it can see (walls and dust block its sight); ties go to the lower id."""
    best, best_distance = None, sight_range * sight_range
    for entity, (_, other) in world.query(Brain, Position):
        dx, dy = other.x - pos.x, other.y - pos.y
        distance = dx * dx + dy * dy
        if distance > best_distance:
            continue
        reach = sight_range * visibility(res.level, pos.x, pos.y, other.x, other.y)
        if distance <= reach * reach and line_of_sight(res.walls, pos.x, pos.y, other.x, other.y):
            best, best_distance = entity, distance
    return best


def _hunt(world, res, entity, intent, pos, prey, spec) -> None:
    """Aim where the prey will be, fire and punch under the heat's warning line, circle in close, and start V-MAX to
    ram it when the run would be worthwhile."""
    other = world.get(prey, Position)
    unit = res.catalog.units[world.get(entity, Unit).kind]
    rifle = res.catalog.weapons[unit.weapon]
    velocity = world.try_get(prey, Velocity)
    intent.aim_x, intent.aim_y = lead_point(pos.x, pos.y, other.x, other.y, velocity, rifle.projectile_speed)
    distance = math.hypot(other.x - pos.x, other.y - pos.y)
    intent.fire = intent.knuckle = intent.missile = False  # would_last, next, weighs the run with the guns at rest
    vmax = world.try_get(entity, Vmax)
    intent.vmax = vmax is not None and vmax.active_left <= 0 and worthwhile(world, res, entity)
    rx, ry = normalized(other.x - pos.x, other.y - pos.y)
    fouron = res.fouron
    heat = world.try_get(entity, Heat)
    if _guns_cool(fouron, heat, rifle.heat, unit.heat, spec):
        knuckle = res.catalog.weapons.get(unit.knuckle)
        intent.fire = distance <= rifle.range
        intent.knuckle = distance <= spec.knuckle_range and knuckle is not None and (
            heat is None or heat.value + knuckle.heat < unit.heat.warning)
    if vmax is not None and (vmax.active_left > 0 or intent.vmax):  # a blue comet: straight at it, to ram
        fouron.move_x, fouron.move_y = rx, ry
        return
    strafe = 1.0 if int(res.clock.seconds / STRAFE_SWITCH) % 2 else -1.0
    closing = max(-0.8, min(1.0, (distance - spec.keep_range) / spec.keep_range * 2.0))
    fouron.move_x, fouron.move_y = normalized(rx * closing - ry * strafe * 0.7, ry * closing + rx * strafe * 0.7)


def _guns_cool(fouron, heat, bolt: float, heat_spec, spec) -> bool:
    """Its guns may fire: they rest once a bolt would take the heat to the warning line, until it has cooled to
    `fire_again_heat`. Bursts, not a bolt at a time on the line: cooling waits `cool_delay` after the last shot, so
    that fired one bolt each 0.7 s."""
    if heat is None:
        return True
    if heat.value + bolt >= heat_spec.warning:
        fouron.resting = True
    elif heat.value <= spec.fire_again_heat:
        fouron.resting = False
    return not fouron.resting

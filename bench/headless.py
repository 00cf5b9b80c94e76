"""Row 5: headless simulation speed on every shipped level, full roster, nobody able to die; and in the stress fight."""

import math

from bench.measure import Row, clock, ms, summary
from bench.scene import SHOTS, StressFight, make_unhurt
from game.content.chain import LEVELS
from game.session import new_game
from game.sim.components import Position

TICKS_BUDGET = 3000.0  # ticks/s on a shipped level
STRESS_TICKS_BUDGET = 1500.0  # ticks/s in the stress fight
LAP = 64.0  # px: the player circles its spawn this tightly, unarmed, so every enemy stays alive


def shipped_levels() -> list:
    return sorted(LEVELS.glob("*.tmx"))


def run_level(path, ticks: int, warmup: int, deadline: float) -> Row:
    game = new_game(path, seed=1)
    roster = game.enemies_alive()
    make_unhurt(game)  # the player and every enemy: the roster stays whole and the level never ends in a death
    centre = game.res.level.player_spawn

    def drive():
        pos, intent = game.world.try_get(game.player, Position), game.player_intent()
        dx, dy = pos.x - centre[0], pos.y - centre[1]
        distance = math.hypot(dx, dy) or 1.0
        pull = (LAP - distance) / LAP
        move_x, move_y = -dy / distance + dx / distance * pull, dx / distance + dy / distance * pull
        size = math.hypot(move_x, move_y) or 1.0
        intent.move_x, intent.move_y = move_x / size * 0.6, move_y / size * 0.6

    for _ in range(warmup):
        drive()
        game.step()
    times = []
    for _ in range(ticks):
        drive()
        started = clock()
        game.step()
        times.append(clock() - started)
        if clock() > deadline:
            break
    stats = summary(ms(times))
    enemies = game.enemies_alive()
    game.close()
    return Row(f"sim ticks/s: {path.name}", "rate", stats["median"], stats["p99"], stats["max"],
               value=len(times) / sum(times), budgets={"value": TICKS_BUDGET}, samples=len(times),
               short=len(times) < ticks,
               note=f"{enemies} of {roster} enemies alive at the end; median/p99/max: ms per tick")


def run_stress(ticks: int, warmup: int, deadline: float) -> Row:
    """The stress scene's fight with no display: Game.step() timed, the scripted Layzner and the shots' top-up not."""
    fight = StressFight()
    for _ in range(warmup):
        fight.drive()
        fight.tick()
        fight.top_up_shots()
    times, shots = [], []
    for _ in range(ticks):
        fight.drive()
        shots.append(fight.game.shots_in_flight())  # what the tick starts with
        started = clock()
        fight.tick()
        times.append(clock() - started)
        fight.top_up_shots()
        if clock() > deadline:
            break
    stats = summary(ms(times))
    enemies = fight.game.enemies_alive()
    fight.game.close()
    return Row("sim ticks/s: stress arena", "rate", stats["median"], stats["p99"], stats["max"],
               value=len(times) / sum(times), budgets={"value": STRESS_TICKS_BUDGET}, samples=len(times),
               short=len(times) < ticks,
               note=f"headless: {enemies} Dis, shots {min(shots)}-{max(shots)} (target {SHOTS}); "
                    "median/p99/max: ms per tick")


def run(ticks: int, warmup: int, stress_warmup: int, deadline: float) -> list[Row]:
    """Every shipped level, then the stress fight (warmed up as the stress row's frames are), each with an equal share
    of the time left."""
    levels, rows = shipped_levels(), []
    for i, path in enumerate(levels):
        rows.append(run_level(path, ticks, warmup, clock() + (deadline - clock()) / (len(levels) + 1 - i)))
    rows.append(run_stress(ticks, stress_warmup, deadline))
    return rows

"""Row 1: frame, sim-only and draw-only times of the stress scene over many frames (row 5 times its fight headless)."""

from bench.measure import Row, clock, ms, summary
from bench.scene import PARTICLES, SHOTS, StressScene

FRAME_BUDGET = {"median": 3.0, "p99": 5.0, "max": 10.0}  # ms


def run(scene: StressScene, surface, frames: int, warmup: int, deadline: float) -> list[Row]:
    """Warm up (caches, the title card), then time `frames` frames; stops early at `deadline`."""
    for _ in range(warmup):
        scene.frame(surface)
    sim, draw, whole = [], [], []
    shots, particles, enemies = [], [], []
    for _ in range(frames):
        scene.drive()
        t0 = clock()
        scene.tick()
        t1 = clock()
        scene.top_up_shots()  # bench work: not the game's, not timed
        t2 = clock()
        scene.update()
        t3 = clock()
        scene.top_up_particles()
        alive, flying, sparks = scene.counts()  # what this frame draws
        t4 = clock()
        scene.draw(surface)
        t5 = clock()
        sim.append(t1 - t0)
        draw.append((t3 - t2) + (t5 - t4))
        whole.append(sim[-1] + draw[-1])
        enemies.append(alive)
        shots.append(flying)
        particles.append(sparks)
        if clock() > deadline:
            break
    done = len(whole)
    short = f"; stopped at {done} of {frames} frames (time cap)" if done < frames else ""
    counts = (f"{min(enemies)}-{max(enemies)} Dis, shots {min(shots)}-{max(shots)} (target {SHOTS}), "
              f"particles {min(particles)}-{max(particles)} (target {PARTICLES})")
    frame_stats, sim_stats, draw_stats = summary(ms(whole)), summary(ms(sim)), summary(ms(draw))
    return [
        Row("stress frame: step+update+draw", "time", frame_stats["median"], frame_stats["p99"], frame_stats["max"],
            budgets=FRAME_BUDGET, samples=done, note=counts + short, short=done < frames,
            extra={"enemies": summary(enemies), "shots": summary(shots), "particles": summary(particles)}),
        Row("stress sim only: Game.step", "time", sim_stats["median"], sim_stats["p99"], sim_stats["max"],
            samples=done, note=f"{done / sum(sim):.0f} ticks/s between frames drawn (the budget is on the headless "
                               "row: `sim ticks/s: stress arena`)" if sim else ""),
        Row("stress draw only: update+draw", "time", draw_stats["median"], draw_stats["p99"], draw_stats["max"],
            samples=done),
    ]

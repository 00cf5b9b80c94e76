"""Row 2: our render pass against the engine's floor (the same frame's pygame calls replayed raw), interleaved."""

import pygame

from bench.measure import Row, interleaved, ms, summary
from bench.recorder import compile_replay, count_ops, record, replay
from bench.scene import StressScene

FLOOR_BUDGET = 1.5  # ours / floor


def same_picture(a: pygame.Surface, b: pygame.Surface) -> str:
    """"identical", or how many rows of pixels differ (a wrong replay would make the floor meaningless)."""
    rows_a, rows_b = pygame.image.tobytes(a, "RGB"), pygame.image.tobytes(b, "RGB")
    if rows_a == rows_b:
        return "identical"
    stride = a.get_width() * 3
    differ = sum(rows_a[i:i + stride] != rows_b[i:i + stride] for i in range(0, len(rows_a), stride))
    return f"{differ} of {a.get_height()} rows differ"


def run(scene: StressScene, display: pygame.Surface, samples: int, deadline: float) -> list[Row]:
    scene.frame(display)  # a fresh frame: its draw calls are the ones recorded and replayed
    calls, picture = record(scene.draw, display)
    program = compile_replay(calls)
    ours_target = pygame.Surface(display.get_size(), 0, display)
    floor_target = pygame.Surface(display.get_size(), 0, display)
    replay(program, floor_target)
    scene.draw(ours_target)
    check = f"replay vs recording: {same_picture(picture, floor_target)}; " \
            f"redraw vs recording: {same_picture(picture, ours_target)}"
    for _ in range(5):  # settle both (first-use costs) before timing
        scene.draw(ours_target)
        replay(program, floor_target)
    ours, floor = interleaved(lambda: scene.draw(ours_target), lambda: replay(program, floor_target), samples, deadline)
    ours_stats, floor_stats = summary(ms(ours)), summary(ms(floor))
    ops = count_ops(calls)
    return [Row("draw vs engine floor (replayed calls)", "ratio", ours_stats["median"], ours_stats["p99"],
                ours_stats["max"], value=ours_stats["median"] / floor_stats["median"],
                budgets={"value": FLOOR_BUDGET}, samples=len(ours), short=len(ours) < samples,
                note=f"floor median {floor_stats['median']:.2f} ms, p99 {floor_stats['p99']:.2f} ms; "
                     f"{sum(ops.values())} calls ({', '.join(f'{k} {v}' for k, v in sorted(ops.items()))}); {check}",
                extra={"floor_ms": floor_stats, "ops": ops})]

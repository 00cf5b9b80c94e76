"""Row 3: our render pass against the naive renderer (bench/naive.py) on the same stress frames, interleaved."""

import tempfile
from pathlib import Path

import pygame

from bench.measure import Row, clock, interleaved, ms, summary
from bench.naive import NaiveRenderer
from bench.scene import ALPHA, StressScene
from game.sim.resources import STEP

NAIVE_BUDGET = 0.55  # ours / naive


def run(scene: StressScene, display: pygame.Surface, frames: int, repeats: int, deadline: float) -> list[Row]:
    """For each of `frames` scene frames, `repeats` interleaved pairs of draws of that frame."""
    naive = NaiveRenderer(scene.game, scene.renderer.sprites, scene.renderer)
    ours_target = pygame.Surface(display.get_size(), 0, display)
    naive_target = pygame.Surface(display.get_size(), 0, display)

    def draw_naive():
        naive.draw(naive_target, scene.game, ALPHA, STEP)

    def draw_ours():
        scene.draw(ours_target)

    scene.frame(display)
    draw_naive()  # first use: load the tileset, the unrotated sprites
    ours, theirs = [], []
    for _ in range(frames):
        scene.frame(display)  # the scene moves on between samples: many different frames, not one
        a, b = interleaved(draw_ours, draw_naive, repeats)
        ours += a
        theirs += b
        if clock() > deadline:
            break
    # The last pair of pictures, to compare by eye: the naive one must show the same scene.
    pictures = Path(tempfile.gettempdir()) / "blue-comet-bench"
    pictures.mkdir(exist_ok=True)
    pygame.image.save(ours_target, str(pictures / "stress-ours.png"))
    pygame.image.save(naive_target, str(pictures / "stress-naive.png"))
    ours_stats, naive_stats = summary(ms(ours)), summary(ms(theirs))
    return [Row("draw vs naive renderer", "ratio", ours_stats["median"], ours_stats["p99"], ours_stats["max"],
                value=ours_stats["median"] / naive_stats["median"], budgets={"value": NAIVE_BUDGET},
                samples=len(ours), short=len(ours) < frames * repeats,
                note=f"naive median {naive_stats['median']:.2f} ms, p99 {naive_stats['p99']:.2f} ms",
                extra={"naive_ms": naive_stats})]


"""Row 4: our MapView against pyscroll's BufferedRenderer on the same map, camera path and surface, interleaved."""

import math
import random

import pygame

from bench.measure import Row, clock, ms, summary
from game.content.level import load_level
from game.session import DEFAULT_LEVEL
from game.view.map_view import MapView

PYSCROLL_BUDGET = 1.0  # ours / pyscroll
VIEW = (1280, 720)


def camera_path(world_size, frames: int, seed: int = 3) -> list[tuple[str, float, float]]:
    """(part, centre x, centre y) per frame: a third slow scrolling (90 px/s), a third fast (1,200 px/s),
    a third slow with a jump to a random place every 15 frames. Centres keep the view inside the map, as pyscroll keeps
    its own (the game's camera may also show the HUD's bands past the top and bottom edges)."""
    rng = random.Random(seed)
    width, height = world_size
    half_w, half_h = VIEW[0] / 2, VIEW[1] / 2

    def clamp(x, y):
        return min(max(x, half_w), width - half_w), min(max(y, half_h), height - half_h)

    x, y, heading = width / 2, height / 2, rng.uniform(0, math.tau)
    path = []
    for i in range(frames):
        part = ("slow", "fast", "jumps")[min(2, i * 3 // frames)]
        speed = 1200.0 if part == "fast" else 90.0
        if part == "jumps" and i % 15 == 0:
            x, y = rng.uniform(0, width), rng.uniform(0, height)
        heading += rng.uniform(-0.15, 0.15)
        nx, ny = x + math.cos(heading) * speed / 60, y + math.sin(heading) * speed / 60
        cx, cy = clamp(nx, ny)
        if (cx, cy) != (nx, ny):  # at an edge: turn round
            heading += math.pi
        x, y = cx, cy
        path.append((part, x, y))
    return path


def run(display: pygame.Surface, frames: int, deadline: float, path=DEFAULT_LEVEL) -> list[Row]:
    import pytmx
    try:
        import pyscroll
    except ImportError as error:
        raise RuntimeError("pyscroll is missing: `make bench` installs it (pyproject's bench extra)") from error
    level = load_level(path)
    ours_map = MapView(level)  # no storm overlay: pyscroll draws the bare map (the haze costs nothing per frame)
    theirs = pyscroll.BufferedRenderer(pyscroll.TiledMapData(pytmx.load_pygame(str(path))), VIEW)
    ours_target = pygame.Surface(VIEW, 0, display)
    theirs_target = pygame.Surface(VIEW, 0, display)
    positions = camera_path(level.pixel_size, frames)

    def draw_ours(x, y):
        ours_map.draw(ours_target, x - VIEW[0] / 2, y - VIEW[1] / 2)

    def draw_theirs(x, y):
        theirs.center((x, y))
        theirs.draw(theirs_target, theirs_target.get_rect())

    for _, x, y in positions:  # one untimed pass: both have seen the whole path once (our chunks, their tiles)
        draw_ours(x, y)
        draw_theirs(x, y)
    ours_times, theirs_times, parts = [], [], []
    for i, (part, x, y) in enumerate(positions):
        # The same camera position for both, in alternating order: interleaved, one pair per position.
        pair = ((draw_ours, ours_times), (draw_theirs, theirs_times))
        for draw, times in (pair if i % 2 == 0 else pair[::-1]):
            started = clock()
            draw(x, y)
            times.append(clock() - started)
        parts.append(part)
        if clock() > deadline:
            break
    ours_stats, theirs_stats = summary(ms(ours_times)), summary(ms(theirs_times))
    by_part = {}
    for part in ("slow", "fast", "jumps"):
        mine = [t for t, p in zip(ms(ours_times), parts) if p == part]
        other = [t for t, p in zip(ms(theirs_times), parts) if p == part]
        if mine:
            by_part[part] = {"ours": summary(mine), "pyscroll": summary(other)}
    detail = ", ".join(f"{part} {v['ours']['median']:.2f}/{v['pyscroll']['median']:.2f}" for part, v in by_part.items())
    return [Row(f"tile map vs pyscroll ({path.name})", "ratio", ours_stats["median"], ours_stats["p99"],
                ours_stats["max"], value=ours_stats["median"] / theirs_stats["median"],
                budgets={"value": PYSCROLL_BUDGET}, samples=len(ours_times), short=len(ours_times) < frames,
                note=f"pyscroll median {theirs_stats['median']:.2f} ms, p99 {theirs_stats['p99']:.2f} ms; "
                     f"ours/pyscroll medians by part (ms): {detail}",
                extra={"pyscroll_ms": theirs_stats, "by_part": by_part})]


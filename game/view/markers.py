"""Marks on the world, under the HUD: objectives with their holds, the missile lock, enemies' health bars, and the
arrows at the edge of the play band (between the HUD's plates) toward what is out of view or under the plates."""

import math

import pygame

from game.sim.components import Brain, Health, Launcher, Position
from game.sim.resources import hold_seconds_left, hold_ticks
from game.sim.systems.missiles import lock_progress
from game.view.camera import HUD_BOTTOM, HUD_TOP  # labels and arrows stay between them, where nothing covers them
from game.view.text import AMBER, PANEL, RED, draw_text, fit, font

LABEL_WIDTH = 420  # px an objective's label may take on the map: a longer one is set smaller, then cut
SIDE_INSET = 40  # px from the screen's side to an edge arrow's tip
BAND_INSET = 16  # px from the HUD's plates to an edge arrow's tip: its head reaches 19 px back from the tip


def enemy_health_bars(surface, world, camera, hurt: dict, alpha: float) -> None:
    """Small bars over enemies hit in the last moments, so damage dealt reads clearly."""
    # The few hurt looked up, not every enemy asked whether it was hurt; in id order, as a query gives them.
    healths, positions, brains = world.index(Health), world.index(Position), world.index(Brain)
    for entity in sorted(hurt):
        health, pos = healths.get(entity), positions.get(entity)
        if health is None or pos is None or entity not in brains:
            continue
        x = pos.prev_x + (pos.x - pos.prev_x) * alpha
        y = pos.prev_y + (pos.y - pos.prev_y) * alpha
        sx, sy = camera.to_screen(x, y - 34)
        bar = pygame.Rect(round(sx) - 20, round(sy), 40, 5)
        pygame.draw.rect(surface, (0, 0, 0), bar.inflate(2, 2))
        pygame.draw.rect(surface, RED, (bar.x, bar.y, round(bar.w * health.hit_points / health.max_hit_points), bar.h))


def objective_markers(surface, game, camera, seconds: float) -> None:
    """Objectives still to reach: a pulsing outline on the map, or an arrow at the screen edge toward it."""
    res = game.res
    band = play_band(surface)
    pulse = 0.5 + 0.5 * math.sin(seconds * 4)
    for objective, done, held in zip(res.level.objectives, res.objectives_reached, res.objectives_held):
        if done:
            continue
        region = objective.region
        rect = pygame.Rect(round(region.x - camera.left), round(region.y - camera.top),
                           max(1, round(region.width)), max(1, round(region.height)))
        color = (255, round(170 + 60 * pulse), 70)
        if rect.colliderect(band):  # else out of view, or wholly under the HUD's plates: pointed at
            if region.shape == "ellipse":
                pygame.draw.ellipse(surface, color, rect, 3)
            elif region.shape == "polygon":
                pygame.draw.polygon(surface, color, [camera.to_screen(x, y) for x, y in region.points], 3)
            else:
                pygame.draw.rect(surface, color, rect, 3)
            # Above the area, clear of the machine standing in it: the order, then how long to stay and how much
            # of that is left. Below it when above would be under the HUD's top row.
            height = 48 if objective.hold else 22
            top = rect.top - height - 4
            if top < band.top:
                top = rect.bottom + 8
            top = max(band.top, min(top, band.bottom - height - 4))  # over the area rather than under the gauges
            text, size = fit(objective.text, 22, LABEL_WIDTH, 16)
            # the label (and the bar) whole on screen, near an edge too
            half = max(font(size).size(text)[0] / 2, 50) + 8
            centre = min(max(rect.centerx, half), band.width - half)
            draw_text(surface, text, (centre, top + (22 - size) // 2), size, AMBER, anchor="midtop")
            if objective.hold:  # under the label, wherever it was kept on screen
                draw_text(surface, hold_left(objective, held), (centre, top + 22), 20, color, anchor="midtop",
                          bold=True)
                hold_bar(surface, pygame.Rect(round(centre) - 50, top + 43, 100, 5), hold_share(objective, held))
        else:
            edge_arrow(surface, camera.to_screen(*region.centre), color)


def hold_share(objective, held: int) -> float:
    """How much of the objective's hold is done, 0 to 1 (0 for an objective with no hold). `held`: ticks."""
    needed = hold_ticks(objective)
    return min(1.0, held / needed) if needed else 0.0


def hold_left(objective, held: int) -> str:
    """The hold's seconds still to go, counted down in whole seconds: "HOLD 7 s". `held`: ticks."""
    return f"HOLD {hold_seconds_left(objective, held)} s"


def hold_bar(surface, rect, share: float) -> None:
    pygame.draw.rect(surface, PANEL, rect.inflate(2, 2))
    pygame.draw.rect(surface, AMBER, (rect.x, rect.y, round(rect.width * share), rect.height))


def play_band(surface) -> pygame.Rect:
    """The part of the screen between the HUD's top plates and its bottom gauges: marks under those are hidden."""
    height = max(0, surface.get_height() - HUD_TOP - HUD_BOTTOM)
    return pygame.Rect(0, HUD_TOP, surface.get_width(), height)


def edge_arrow(surface, target, color) -> tuple[float, float]:
    """An arrow just inside the play band's edge (play_band: never under the HUD's plates) pointing toward `target`,
    a screen point out of view or under the plates; returns its tip."""
    band = play_band(surface)
    centre_x, centre_y = band.centerx, band.centery
    angle = math.atan2(target[1] - centre_y, target[0] - centre_x)
    reach = min(max(0.0, band.width / 2 - SIDE_INSET) / max(1e-6, abs(math.cos(angle))),
                max(0.0, band.height / 2 - BAND_INSET) / max(1e-6, abs(math.sin(angle))))
    tip = (centre_x + math.cos(angle) * reach, centre_y + math.sin(angle) * reach)
    arrow(surface, tip, angle, color)
    return tip


def arrow(surface, tip, angle: float, color) -> None:
    """An arrowhead with its point at `tip`, pointing along `angle` (rad), over a dark shadow."""
    back = [(tip[0] - math.cos(angle + side) * 22, tip[1] - math.sin(angle + side) * 22) for side in (0.5, -0.5)]
    pygame.draw.polygon(surface, (0, 0, 0), [(x + 2, y + 2) for x, y in (tip, *back)])
    pygame.draw.polygon(surface, color, [tip, *back])


def lock_marker(surface, game, camera, seconds: float) -> None:
    """Brackets closing on the target as the missile lock builds; a red diamond once it holds."""
    launcher = game.world.try_get(game.player, Launcher)
    if launcher is None or not launcher.target:
        return
    pos = game.world.try_get(launcher.target, Position)
    if pos is None:
        return
    progress = lock_progress(game.world, game.res, game.player)
    x, y = camera.to_screen(pos.x, pos.y)
    if progress >= 1:
        size = 30 + 3 * math.sin(seconds * 12)
        diamond = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
        pygame.draw.polygon(surface, RED, diamond, 3)
        draw_text(surface, "LOCK", (x, y + size + 4), 20, RED, anchor="midtop", bold=True)
        return
    gap = 70 - 36 * progress
    arm = 12
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        corner = (x + sx * gap / 2, y + sy * gap / 2)
        pygame.draw.line(surface, AMBER, corner, (corner[0] - sx * arm, corner[1]), 3)
        pygame.draw.line(surface, AMBER, corner, (corner[0], corner[1] - sy * arm), 3)
    pygame.draw.arc(surface, AMBER, pygame.Rect(x - 26, y - 26, 52, 52), math.pi / 2,
                    math.pi / 2 + math.tau * progress, 3)

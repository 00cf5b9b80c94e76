"""The HUD: armour, hostiles left, the level's title card, the aiming reticle, and the F3 debug overlay."""

import math

import pygame

from game.sim.components import Brain, Health, Position
from game.view.text import AMBER, CYAN, DIM, RED, WHITE, draw_text, panel

TITLE_CARD_TIME = 3.5  # s


class Hud:
    def __init__(self, sprites, title: str) -> None:
        self.title = title
        self.enemy_icon = pygame.transform.smoothscale_by(sprites.rotated("dis", -math.pi / 2), 0.5)
        self.shown_armour = None  # eases toward the real value so hits read as a drain, not a jump

    def draw(self, surface, game, seconds: float, dt: float) -> None:
        health = game.player_health()
        self._armour(surface, health, dt)
        self._hostiles(surface, game.enemies_alive())
        if seconds < TITLE_CARD_TIME:
            self._title_card(surface, seconds)

    def _armour(self, surface, health, dt) -> None:
        panel(surface, (16, 16, 300, 58))
        draw_text(surface, "ARMOUR", (30, 24), 20, DIM)
        share = health.hit_points / health.max_hit_points if health else 0.0
        if self.shown_armour is None or share > self.shown_armour:
            self.shown_armour = share
        self.shown_armour += (share - self.shown_armour) * min(1.0, dt * 3.0)
        bar = pygame.Rect(30, 44, 272, 16)
        pygame.draw.rect(surface, (20, 30, 48), bar)
        color = CYAN if share > 0.5 else AMBER if share > 0.25 else RED
        pygame.draw.rect(surface, (255, 255, 255), (bar.x, bar.y, round(bar.w * self.shown_armour), bar.h))
        pygame.draw.rect(surface, color, (bar.x, bar.y, round(bar.w * share), bar.h))
        for tick in range(1, 10):  # segment marks make the bar read at a glance
            x = bar.x + bar.w * tick // 10
            pygame.draw.line(surface, (10, 16, 28), (x, bar.y), (x, bar.bottom - 1), 2)
        value = f"{math.ceil(health.hit_points)}" if health else "0"
        draw_text(surface, value, (302, 24), 20, WHITE, anchor="topright")

    def _hostiles(self, surface, alive: int) -> None:
        width = surface.get_width()
        panel(surface, (width - 196, 16, 180, 58), border=RED)
        surface.blit(self.enemy_icon, self.enemy_icon.get_rect(center=(width - 160, 45)))
        draw_text(surface, "HOSTILES", (width - 130, 24), 20, DIM)
        draw_text(surface, str(alive), (width - 130, 40), 34, WHITE if alive else CYAN, bold=True)

    def _title_card(self, surface, seconds) -> None:
        fade = max(0.0, min(1.0, seconds / 0.4, (TITLE_CARD_TIME - seconds) / 0.8))
        card = pygame.Surface((surface.get_width(), 96), pygame.SRCALPHA)
        card.fill((0, 0, 0, 130))
        middle = card.get_width() / 2
        title = draw_text(card, self.title.upper(), (middle, 14), 46, WHITE, anchor="midtop", bold=True)
        draw_text(card, "Destroy every Gradosian machine", (middle, title.bottom + 8), 26, AMBER, anchor="midtop")
        card.set_alpha(round(255 * fade))
        surface.blit(card, (0, round(surface.get_height() * 0.2)))


def draw_reticle(surface, pos, firing: bool) -> None:
    """A crosshair at the aim point, replacing the system cursor."""
    x, y = round(pos[0]), round(pos[1])
    gap, size = (7, 15) if firing else (9, 17)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        start = (x + dx * gap, y + dy * gap)
        end = (x + dx * size, y + dy * size)
        pygame.draw.line(surface, (0, 0, 0), (start[0] + 1, start[1] + 1), (end[0] + 1, end[1] + 1), 3)
        pygame.draw.line(surface, CYAN, start, end, 2)
    pygame.draw.circle(surface, WHITE, (x, y), 2)


def draw_debug(surface, stats: dict) -> None:
    lines = [f"{key}: {value}" for key, value in stats.items()]
    height = 10 + 22 * len(lines)
    panel(surface, (16, surface.get_height() - height - 16, 260, height), alpha=200, border=AMBER)
    for i, line in enumerate(lines):
        draw_text(surface, line, (28, surface.get_height() - height - 10 + 22 * i), 22, AMBER)


def enemy_health_bars(surface, world, camera, hurt: dict, alpha: float) -> None:
    """Small bars over enemies hit in the last moments, so damage dealt reads clearly."""
    for entity, (health, pos, _) in world.query(Health, Position, Brain):
        if entity not in hurt:
            continue
        x = pos.prev_x + (pos.x - pos.prev_x) * alpha
        y = pos.prev_y + (pos.y - pos.prev_y) * alpha
        sx, sy = camera.to_screen(x, y - 34)
        bar = pygame.Rect(round(sx) - 20, round(sy), 40, 5)
        pygame.draw.rect(surface, (0, 0, 0), bar.inflate(2, 2))
        pygame.draw.rect(surface, RED, (bar.x, bar.y, round(bar.w * health.hit_points / health.max_hit_points), bar.h))


def draw_problems(surface, title: str, lines: list[str], most: int = 6) -> None:
    """The checker's lines on screen, while a saved map is broken; the game goes on under it."""
    shown = lines[:most] + ([f"... and {len(lines) - most} more"] if len(lines) > most else [])
    height = 46 + 22 * len(shown)
    top = surface.get_height() - height - 16
    panel(surface, (16, top, surface.get_width() - 32, height), alpha=215, border=RED)
    draw_text(surface, title, (30, top + 10), 24, RED, bold=True)
    for i, line in enumerate(shown):
        text = line if len(line) <= 150 else line[:147] + "..."
        draw_text(surface, text, (30, top + 36 + 22 * i), 20, WHITE)


def draw_toast(surface, text: str, age: float) -> None:
    """A short notice at the top centre that fades out (age 0..1)."""
    if not text:
        return
    image = pygame.Surface((surface.get_width(), 40), pygame.SRCALPHA)
    draw_text(image, text, (image.get_width() / 2, 8), 26, CYAN, anchor="midtop")
    image.set_alpha(round(255 * min(1.0, (1.0 - age) * 3)))
    surface.blit(image, (0, 86))

"""The HUD: armour, hostiles left, the level's title card, the aiming reticle, and the F3 debug overlay."""

import math

import pygame

from game.sim.components import Brain, Health, Heat, Launcher, Position, Vmax
from game.sim.systems.missiles import lock_progress
from game.sim.events import MessageShown, ObjectiveReached
from game.sim.resources import TICK_RATE
from game.view.text import AMBER, BLUE, CYAN, DIM, PANEL, PURPLE, RED, WHITE, draw_text, font, panel, wrap

DARK_RED = (140, 36, 30)  # the heat gauge's fill between pulses of its warning

TITLE_CARD_TIME = 3.5  # s
PROBLEMS_TOP = 108  # px: a broken map's problems are listed under the HUD's top row
MESSAGE_TIME = 5.0  # s a short trigger message stays up; a longer one stays until it has been typed and read
TYPING = 45.0  # characters per second as a message types out
READING = 20.0  # characters per second a player reads in the middle of a fight
MESSAGE_SIZE = 28  # px, the message's font
MESSAGE_WIDTH = 900  # px of text at most on a line: longer messages wrap


class Hud:
    def __init__(self, sprites, level) -> None:
        self.title = level.title
        self.goal = level.objectives[0].text if level.objectives else "Destroy every Gradosian machine"
        self.enemy_icon = pygame.transform.smoothscale_by(sprites.rotated("dis", -math.pi / 2), 0.5)
        self.shown_armour = None  # eases toward the real value so hits read as a drain, not a jump
        self.message = ("", MESSAGE_TIME)  # (text, age)
        self.accent = CYAN  # the gauges' edges and calm fills: purple while Fouron holds the controls
        self.message_floor: int | None = None  # y a trigger's message must stay above (Rei's panel's top), if any
        self.message_y: float | None = None  # eases up and down as that floor comes and goes
        # Translucent plates rebuilt only when their words change; each frame only sets their fade.
        self._message_plate: tuple = (None, None)  # (key, plate)
        self._card: tuple = (None, None)  # (surface width, card)
        self._ready_glow: pygame.Surface | None = None
        self.time_left: float | None = None  # s on the clock; it stops where the level was decided
        self.missile_key = ""  # the missile control's name ("E", "LT"); the play scene keeps it current

    def on_events(self, events) -> None:
        for event in events:
            if isinstance(event, MessageShown) and event.text:
                self.message, self.message_y = (event.text, 0.0), None
            elif isinstance(event, ObjectiveReached):
                done = "Objective reached" + (f": {event.remaining} to go" if event.remaining else "")
                self.message, self.message_y = (f"{done}.", 0.0), None

    def draw(self, surface, game, seconds: float, dt: float) -> None:
        self.accent = PURPLE if game.res.fouron.active else CYAN
        health = game.player_health()
        self._armour(surface, health, dt)
        self._hostiles(surface, game.enemies_alive())
        world, player = game.world, game.player
        spec = game.res.catalog.units[game.res.catalog.player]
        heat, vmax, launcher = (world.try_get(player, kind) for kind in (Heat, Vmax, Launcher))
        venting = heat is not None and heat.overheated  # weapons and V-MAX locked (Fouron heeds no heat for V-MAX)
        if heat is not None:
            self._heat(surface, heat, spec.heat, seconds)
        if vmax is not None:
            self._vmax(surface, vmax, spec.vmax, seconds, venting and not game.res.fouron.active)
        if launcher is not None:
            self._missiles(surface, launcher, lock_progress(world, game.res, player), venting)
        self._objectives(surface, game)
        if game.res.level.time_limit:
            if game.outcome is None or self.time_left is None:  # won in the last second: it does not run on to 0:00
                self.time_left = max(0.0, game.res.level.time_limit - game.seconds)
            self._clock(surface, self.time_left)
        self.message = (self.message[0], self.message[1] + dt)
        if self.message[0] and self.message[1] < message_time(self.message[0]):
            self._message(surface, *self.message, dt)

    def _clock(self, surface, left: float) -> None:
        """Time left, top centre under the objective; red in the last thirty seconds."""
        rect = pygame.Rect(0, 62, 130, 36)
        rect.centerx = surface.get_width() // 2
        urgent = left <= 30
        panel(surface, rect, border=RED if urgent else AMBER)
        whole = math.ceil(left)  # 0:00 only once the time is up
        draw_text(surface, f"{whole // 60}:{whole % 60:02d}", rect.center, 28, RED if urgent else WHITE,
                  anchor="center", bold=urgent)

    def _heat(self, surface, heat, spec, seconds) -> None:
        """Bottom left: the heat gauge, its warning band, and the overheat lockout as it vents."""
        height = surface.get_height()
        hot = heat.value >= spec.warning or heat.overheated
        blink = math.sin(seconds * 14) > 0
        panel(surface, (16, height - 88, 320, 72), border=RED if hot else self.accent)
        title = "OVERHEAT  -  VENTING" if heat.overheated else "HEAT"
        draw_text(surface, title, (30, height - 80), 20, RED if heat.overheated and blink else DIM,
                  bold=heat.overheated)
        draw_text(surface, f"{heat.value:.0f}%", (322, height - 80), 20, RED if hot else WHITE, anchor="topright")
        bar = pygame.Rect(30, height - 56, 292, 22)
        pygame.draw.rect(surface, (20, 30, 48), bar)
        band = bar.x + round(bar.w * spec.warning / 100)
        pygame.draw.rect(surface, (80, 26, 20), (band, bar.y, bar.right - band, bar.h))  # the danger band
        fill = round(bar.w * min(heat.value, 100) / 100)
        color = RED if hot else AMBER if heat.value >= spec.warning * 0.7 else self.accent
        if hot and not blink:
            color = DARK_RED  # the warning pulses without the gauge ever reading empty
        pygame.draw.rect(surface, color, (bar.x, bar.y, fill, bar.h))
        if heat.overheated:  # where it must cool to before it works again
            safe = bar.x + round(bar.w * spec.safe_level / 100)
            pygame.draw.line(surface, WHITE, (safe, bar.y - 4), (safe, bar.bottom + 3), 2)
        pygame.draw.line(surface, AMBER, (band, bar.y - 4), (band, bar.bottom + 3), 2)
        pygame.draw.rect(surface, DIM, bar, 1)

    def _vmax(self, surface, vmax, spec, seconds, locked: bool) -> None:
        """Bottom centre: the V-MAX meter; it glows when ready and drains while V-MAX lasts. `locked`: overheated,
        it cannot start, whatever the meter says."""
        width, height = surface.get_size()
        rect = pygame.Rect(0, height - 88, 420, 72)
        rect.centerx = width // 2
        active = vmax.active_left > 0
        ready = vmax.meter >= 1.0 and vmax.cooldown <= 0 and not active and not locked
        pulse = 0.5 + 0.5 * math.sin(seconds * 8)
        panel(surface, rect, border=WHITE if active else self.accent)
        if active:
            label, share, color = "V-MAX", vmax.active_left / spec.duration, (200, 240, 255)
        elif locked:
            label, share, color = "V-MAX  LOCKED - VENTING", vmax.meter, DIM
        elif vmax.cooldown > 0:
            label, share, color = "V-MAX  recharging", 0.0, DIM
        else:
            label, share, color = ("V-MAX  READY" if ready else "V-MAX"), vmax.meter, BLUE
        text_color = (round(120 + 135 * pulse), round(210 + 45 * pulse), 255) if ready or active else DIM
        draw_text(surface, label, (rect.centerx, rect.y + 8), 24 if ready or active else 20, text_color,
                  anchor="midtop", bold=ready or active)
        bar = pygame.Rect(rect.x + 16, rect.y + 38, rect.w - 32, 20)
        pygame.draw.rect(surface, (20, 30, 48), bar)
        if ready:
            glow = self._ready_glow
            if glow is None or glow.get_size() != bar.inflate(12, 12).size:
                glow = self._ready_glow = pygame.Surface(bar.inflate(12, 12).size, pygame.SRCALPHA)
            glow.fill((80, 170, 255, round(60 + 80 * pulse)))
            surface.blit(glow, bar.inflate(12, 12))
            color = CYAN
        pygame.draw.rect(surface, color, (bar.x, bar.y, round(bar.w * share), bar.h))
        for tick in range(1, 10):
            x = bar.x + bar.w * tick // 10
            pygame.draw.line(surface, (10, 16, 28), (x, bar.y), (x, bar.bottom - 1), 2)
        pygame.draw.rect(surface, DIM, bar, 1)

    def _missiles(self, surface, launcher, lock: float, locked: bool) -> None:
        """Bottom right: calf missiles left, and the lock as it builds; `locked`: overheated, they cannot lock."""
        width, height = surface.get_size()
        rect = pygame.Rect(width - 236, height - 88, 220, 72)
        panel(surface, rect, border=AMBER if lock >= 1 else self.accent)
        draw_text(surface, "MISSILES", (rect.x + 14, rect.y + 8), 20, DIM)
        draw_text(surface, str(launcher.ammo), (rect.right - 14, rect.y + 4), 34, WHITE if launcher.ammo else RED,
                  anchor="topright", bold=True)
        status = "LOCKED - release to fire" if lock >= 1 else f"locking {lock:.0%}" if lock > 0 else \
            "empty" if not launcher.ammo else "locked - venting" if locked else \
            f"hold {self.missile_key} to lock on" if self.missile_key else "hold to lock on"
        draw_text(surface, status, (rect.x + 14, rect.y + 42), 20, AMBER if lock >= 1 else RED if locked else DIM)

    def _objectives(self, surface, game) -> None:
        """The order on a plate at the top: the objective being held, else the next to reach; a hold's count and
        bar along the plate's foot."""
        res = game.res
        level, reached = res.level, res.objectives_reached
        if not level.objectives:
            return
        left = [(objective, held) for objective, done, held in zip(level.objectives, reached, res.objectives_held)
                if not done]
        if not left:
            text, share = "All objectives reached", 0.0
        else:
            objective, held = max(left, key=lambda pair: pair[1])  # the first of them when none is being held
            share = hold_share(objective, held)
            text = f"{objective.text}  ({len(reached) - len(left) + 1}/{len(reached)})"
            if share > 0:
                text += f"  ·  {hold_left(objective, held)}"
        width = max(300, 40 + len(text) * 11)
        rect = pygame.Rect(0, 16, width, 40)
        rect.centerx = surface.get_width() // 2
        panel(surface, rect, border=AMBER)
        draw_text(surface, text, rect.center, 24, AMBER, anchor="center")
        if share > 0:
            _hold_bar(surface, pygame.Rect(rect.x + 12, rect.bottom - 7, rect.width - 24, 3), share)

    def _message(self, surface, text: str, age: float, dt: float) -> None:
        typed = int(age * TYPING) + 1
        fade = min(1.0, (message_time(text) - age) / 0.6)
        key = (surface.get_width(), text, min(typed, len(text)))
        plate = self._message_plate[1] if self._message_plate[0] == key else None
        if plate is None:  # built as the message types out, then reused while it stays and fades
            face = font(MESSAGE_SIZE)
            lines = wrap(text, face, min(MESSAGE_WIDTH, surface.get_width() - 128))  # the whole text: no word jumps
            line_height = face.get_linesize() + 6
            plate = pygame.Surface((surface.get_width(), 24 + line_height * len(lines)), pygame.SRCALPHA)
            box = pygame.Rect(0, 0, max(face.size(line)[0] for line in lines) + 48, plate.get_height() - 8)
            box.centerx = plate.get_width() // 2
            panel(plate, box, alpha=200)
            for row, line in enumerate(lines):
                shown, typed = line[:max(0, typed)], typed - len(line) - 1  # the space the wrap took counts too
                if shown:
                    draw_text(plate, shown, (box.x + 24, box.y + 8 + row * line_height), MESSAGE_SIZE, WHITE)
            self._message_plate = (key, plate)
        plate.set_alpha(round(255 * fade))
        # Above the problems panel, should both show; and above Rei's panel while it is up.
        want = surface.get_height() - 236
        if self.message_floor is not None:
            want = min(want, self.message_floor - plate.get_height() - 4)
        if self.message_y is None:
            self.message_y = want
        self.message_y += (want - self.message_y) * min(1.0, dt * 12)
        surface.blit(plate, (0, round(self.message_y)))

    def _armour(self, surface, health, dt) -> None:
        panel(surface, (16, 16, 300, 58), border=self.accent)
        draw_text(surface, "ARMOUR", (30, 24), 20, DIM)
        share = health.hit_points / health.max_hit_points if health else 0.0
        if self.shown_armour is None or share > self.shown_armour:
            self.shown_armour = share
        self.shown_armour += (share - self.shown_armour) * min(1.0, dt * 3.0)
        bar = pygame.Rect(30, 44, 272, 16)
        pygame.draw.rect(surface, (20, 30, 48), bar)
        color = self.accent if share > 0.5 else AMBER if share > 0.25 else RED
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

    def draw_title_card(self, surface, seconds: float) -> None:
        """The level's name and goal across the screen as it begins. Drawn under the markers (the renderer draws it
        first of the overlays): an objective's label or Rei's mark under the band reads over it, not behind it."""
        if seconds >= TITLE_CARD_TIME:
            return
        fade = max(0.0, min(1.0, seconds / 0.4, (TITLE_CARD_TIME - seconds) / 0.8))
        card = self._card[1] if self._card[0] == surface.get_width() else None
        if card is None:  # the same words all the time it shows: built once
            card = pygame.Surface((surface.get_width(), 96), pygame.SRCALPHA)
            card.fill((0, 0, 0, 130))
            middle = card.get_width() / 2
            title = draw_text(card, self.title.upper(), (middle, 14), 46, WHITE, anchor="midtop", bold=True)
            draw_text(card, self.goal, (middle, title.bottom + 8), 26, AMBER, anchor="midtop")
            self._card = (surface.get_width(), card)
        card.set_alpha(round(255 * fade))
        surface.blit(card, (0, round(surface.get_height() * 0.2)))


def draw_reticle(surface, pos, firing: bool, color=CYAN) -> None:
    """A crosshair at the aim point, replacing the system cursor (purple while Fouron aims)."""
    x, y = round(pos[0]), round(pos[1])
    gap, size = (7, 15) if firing else (9, 17)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        start = (x + dx * gap, y + dy * gap)
        end = (x + dx * size, y + dy * size)
        pygame.draw.line(surface, (0, 0, 0), (start[0] + 1, start[1] + 1), (end[0] + 1, end[1] + 1), 3)
        pygame.draw.line(surface, color, start, end, 2)
    pygame.draw.circle(surface, WHITE, (x, y), 2)


def draw_debug(surface, stats: dict) -> None:
    """F3: frame and step times on a plate under the hostiles count, clear of Rei's panel, the gauges below and a
    replay's plate on the left."""
    lines = [f"{key}: {value}" for key, value in stats.items()]
    left, top, height = surface.get_width() - 276, 84, 10 + 22 * len(lines)
    panel(surface, (left, top, 260, height), alpha=200, border=AMBER)
    for i, line in enumerate(lines):
        draw_text(surface, line, (left + 12, top + 6 + 22 * i), 22, AMBER)


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


def draw_problems(surface, title: str, lines: list[str], most: int = 8) -> pygame.Rect:
    """The checker's lines on screen, while a saved map is broken; the game goes on under it. Under the top row of
    the HUD, clear of the gauges, Rei's panel and a trigger's message along the bottom."""
    width = surface.get_width() - 32
    face = font(20)
    wrapped = []
    for line in lines:  # its later rows indented, so where each line begins shows
        rows = wrap(line, face, width - 28 - face.size("    ")[0])
        wrapped += rows[:1] + [f"    {row}" for row in rows[1:]]
    shown = wrapped[:most] + (["... and more: run  main.py check  for the full list"] if len(wrapped) > most else [])
    rect = pygame.Rect(16, PROBLEMS_TOP, width, 46 + 22 * len(shown))
    panel(surface, rect, alpha=235, border=RED)  # over the title card as the level begins: it must hide its words
    draw_text(surface, title, (30, rect.top + 10), 24, RED, bold=True)
    for i, line in enumerate(shown):
        draw_text(surface, line, (30, rect.top + 36 + 22 * i), 20, WHITE)
    return rect


def draw_toast(surface, text: str, age: float) -> None:
    """A short notice at the top centre that fades out (age 0..1)."""
    if not text:
        return
    image = pygame.Surface((surface.get_width(), 40), pygame.SRCALPHA)
    draw_text(image, text, (image.get_width() / 2, 8), 26, CYAN, anchor="midtop")
    image.set_alpha(round(255 * min(1.0, (1.0 - age) * 3)))
    surface.blit(image, (0, 86))


def objective_markers(surface, game, camera, seconds: float) -> None:
    """Objectives still to reach: a pulsing outline on the map, or an arrow at the screen edge toward it."""
    res = game.res
    view = surface.get_rect()
    pulse = 0.5 + 0.5 * math.sin(seconds * 4)
    for objective, done, held in zip(res.level.objectives, res.objectives_reached, res.objectives_held):
        if done:
            continue
        region = objective.region
        rect = pygame.Rect(round(region.x - camera.left), round(region.y - camera.top),
                           max(1, round(region.width)), max(1, round(region.height)))
        color = (255, round(170 + 60 * pulse), 70)
        if rect.colliderect(view):
            if region.shape == "ellipse":
                pygame.draw.ellipse(surface, color, rect, 3)
            elif region.shape == "polygon":
                pygame.draw.polygon(surface, color, [camera.to_screen(x, y) for x, y in region.points], 3)
            else:
                pygame.draw.rect(surface, color, rect, 3)
            # Above the area, clear of the machine standing in it: the order, then how long to stay and how much
            # of that is left.
            if objective.hold:
                draw_text(surface, hold_left(objective, held), (rect.centerx, rect.top - 30), 20, color,
                          anchor="midtop", bold=True)
                _hold_bar(surface, pygame.Rect(rect.centerx - 50, rect.top - 9, 100, 5), hold_share(objective, held))
            draw_text(surface, objective.text, (rect.centerx, rect.top - (52 if objective.hold else 26)), 22, AMBER,
                      anchor="midtop")
        else:
            edge_arrow(surface, camera.to_screen(*region.centre), color)


def hold_share(objective, held: int) -> float:
    """How much of the objective's hold is done, 0 to 1 (0 for an objective with no hold). `held`: ticks."""
    needed = round(objective.hold * TICK_RATE)  # as reach_objectives counts it
    return min(1.0, held / needed) if needed else 0.0


def hold_left(objective, held: int) -> str:
    """The hold's seconds still to go, counted down in whole seconds: "HOLD 7 s". `held`: ticks."""
    ticks_left = max(0, round(objective.hold * TICK_RATE) - held)
    return f"HOLD {-(-ticks_left // TICK_RATE)} s"  # whole seconds, rounded up: 0 only once it is done


def _hold_bar(surface, rect, share: float) -> None:
    pygame.draw.rect(surface, PANEL, rect.inflate(2, 2))
    pygame.draw.rect(surface, AMBER, (rect.x, rect.y, round(rect.width * share), rect.height))


def edge_arrow(surface, target, color) -> tuple[float, float]:
    """An arrow just inside the screen's edge pointing toward `target` (a screen point out of view); returns its tip."""
    centre_x, centre_y = surface.get_width() / 2, surface.get_height() / 2
    angle = math.atan2(target[1] - centre_y, target[0] - centre_x)
    reach = min((surface.get_width() / 2 - 40) / max(1e-6, abs(math.cos(angle))),
                (surface.get_height() / 2 - 40) / max(1e-6, abs(math.sin(angle))))
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


def message_time(text: str) -> float:
    """Seconds a trigger's message stays up: MESSAGE_TIME, or long enough to type it out and then read it."""
    return max(MESSAGE_TIME, len(text) / TYPING + len(text) / READING)

"""The reinforcements' landing marks: a ring closing on each spot a reinforcement is inbound to, until it arrives, and
the shadow of the machine dropping onto it."""

import math

import pygame

from game.sim.resources import TICK_RATE
from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.view.markers import ARROW_LENGTH, edge_arrow, in_view, label_keep_off, play_band
from game.view.text import RED, draw_text, font, panel

RING_FROM = 72  # px: the ring's radius as it is called, closing to the machine's size as it lands
PULSE = 6.0  # flashes a second: a warning, not a marker the eye may rest on
LABEL_GAP = 12  # px from the ring to INBOUND, past the ends of the cross's arms
PLATE_PAD = (14, 6)  # px the dark plate under INBOUND is wider and taller than the word: red on Mars's ochre hid it
DIM_RED = (150, 40, 34)  # a blink's low half
SAME_ARROW = 48  # px between edge arrows' tips within which they are one arrow, its word counting the spots
DROP_TICKS = round(0.3 * TICK_RATE)  # the last ticks before a landing, in which the machine's shadow drops onto it
_shadows: dict[tuple, pygame.Surface] = {}  # (width, alpha) → a soft dark ellipse; a drop's few sizes, made once


def arrival_marks(surface, game, camera, seconds: float, covers, flashes: float = 1.0, clear_of=()) -> None:
    """Each inbound reinforcement's spot (res.arrivals, its warning running): in view, a red ring closing in over the
    seconds it has left, a cross and INBOUND on a dark plate; out of view or under the HUD's plates or `clear_of` (a
    level's message, Hud.message_box), a red arrow at the edge toward it, INBOUND beside it (2 INBOUND for two spots
    that way). The player sees where every one will come in before it does. It blinks only at full `flashes` (the
    player's Flashes option: below 1, nothing blinks), steady red otherwise."""
    res = game.res
    covers = [*covers, *clear_of]  # the message is drawn over the ring as the plates are
    keep_off = None  # the machines INBOUND keeps off: found once a ring is in view
    spawns = {spawn.object_id: spawn for spawn in res.level.arrivals}
    screen = surface.get_rect()  # as the objectives': the map between the plates and round them is in view
    bright = flashes < 1.0 or 0.5 + 0.5 * math.cos(seconds * PULSE * 2 * math.pi) > 0.35
    color = RED if bright else DIM_RED
    edges: list[list] = []  # [tip, spots]: the arrows at the edge, the spots beyond each
    for spawn_id, ticks in res.arrivals:
        if ticks < 0:
            continue
        spawn = spawns[spawn_id]
        x, y = camera.to_screen(spawn.x, spawn.y)
        radius = res.catalog.units[spawn.kind].radius
        ring = radius + (RING_FROM - radius) * ticks / ARRIVAL_TICKS
        box = pygame.Rect(0, 0, 2 * ring, 2 * ring)
        box.center = round(x), round(y)
        if not in_view(box, screen, covers):
            tip = edge_arrow(surface, (x, y), color)
            same = next((edge for edge in edges if math.dist(edge[0], tip) < SAME_ARROW), None)
            if same is None:
                edges.append([tip, 1])
            else:
                same[1] += 1
            continue
        # Each stroke over a dark shadow: red is as light as Mars's sand, so to a red-green colour-blind eye the ring
        # and the cross, red alone, were the sand's own colour; the shadow's edge is what reads there.
        arms = [((x + dx * (ring + 10), y + dy * (ring + 10)), (x + dx * (ring - 8), y + dy * (ring - 8)))
                for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1))]  # a cross whose arms point in at the spot
        for shade, shift in (((0, 0, 0), 2), (color, 0)):
            pygame.draw.circle(surface, shade, (round(x) + shift, round(y) + shift), round(ring), 3)
            for start, end in arms:
                pygame.draw.line(surface, shade, (start[0] + shift, start[1] + shift),
                                 (end[0] + shift, end[1] + shift), 3)
        if keep_off is None:
            keep_off = label_keep_off(game, camera)
        _plated(surface, "INBOUND", _label_place(x, y, ring, screen, covers, keep_off), color)
    if edges:
        if keep_off is None:
            keep_off = label_keep_off(game, camera)
        band = play_band(surface)
        for tip, spots in edges:  # a lone arrowhead among a map's red lamps was missed: it says what it points at
            words = "INBOUND" if spots == 1 else f"{spots} INBOUND"
            _plated(surface, words, _edge_label_place(words, tip, band, covers, keep_off), color)


def _plated(surface, words: str, centre, color) -> None:
    """`words` in bold red on a dark plate, as the HUD's, centred on `centre`: red alone did not read on ochre sand."""
    plate = pygame.Rect((0, 0), font(16, True).size(words)).inflate(*PLATE_PAD)
    plate.center = centre
    panel(surface, plate, alpha=210, border=color)
    draw_text(surface, words, centre, 16, color, anchor="center", bold=True)


def _edge_label_place(words: str, tip, band: pygame.Rect, covers, machines) -> tuple[int, int]:
    """Where an edge arrow's words go: behind the arrowhead on its line into the screen, else beside it along the
    edge either way; the first inside the play band on no cover and no machine, else the first on no cover, else
    behind it, pulled into the band."""
    label = pygame.Rect((0, 0), font(16, True).size(words)).inflate(*PLATE_PAD)
    angle = math.atan2(tip[1] - band.centery, tip[0] - band.centerx)
    out_x, out_y = math.cos(angle), math.sin(angle)  # toward the spot
    along = ARROW_LENGTH + 6 + abs(out_x) * label.w / 2 + abs(out_y) * label.h / 2
    aside = ARROW_LENGTH / 2 + abs(out_y) * label.w / 2 + abs(out_x) * label.h / 2
    back = (tip[0] - out_x * ARROW_LENGTH / 2, tip[1] - out_y * ARROW_LENGTH / 2)
    places = []
    for cx, cy in ((tip[0] - out_x * along, tip[1] - out_y * along), (back[0] - out_y * aside, back[1] + out_x * aside),
                   (back[0] + out_y * aside, back[1] - out_x * aside)):
        label.center = round(cx), round(cy)
        if band.contains(label) and label.collidelist(covers) < 0:
            if label.collidelist(machines) < 0:
                return label.center
            places.append(label.center)
    if places:
        return places[0]
    label.center = round(tip[0] - out_x * along), round(tip[1] - out_y * along)
    return label.clamp(band).center


def _label_place(x: float, y: float, ring: float, screen: pygame.Rect, covers, machines) -> tuple[float, float]:
    """Where INBOUND's middle goes: under the ring, else above it, right or left of it, the first whole on screen,
    under no cover and on no machine (a machine under it hid the word, and the word the machine); else the first
    under no cover, else under the ring. The ring stays on the spot; only its word moves."""
    label = pygame.Rect((0, 0), font(16, True).size("INBOUND")).inflate(*PLATE_PAD)
    reach = ring + LABEL_GAP
    places = []
    for anchor, at in (("midtop", (x, y + reach)), ("midbottom", (x, y - reach)), ("midleft", (x + reach + 4, y)),
                       ("midright", (x - reach - 4, y))):
        setattr(label, anchor, (round(at[0]), round(at[1])))
        if screen.contains(label) and label.collidelist(covers) < 0:
            if label.collidelist(machines) < 0:
                return label.center
            places.append(label.center)
    return places[0] if places else (round(x), round(y + reach + label.h / 2))


def landing_shadows(surface, game, camera) -> None:
    """Over its last DROP_TICKS, the shadow of each machine about to land darkens and draws in under it as it drops
    onto its spot: the ground says where and when, and the machine does not simply appear. Drawn on the ground, under
    the machines; nothing to draw while nothing is inbound."""
    res = game.res
    spawns = None
    for spawn_id, ticks in res.arrivals:
        if not 0 <= ticks < DROP_TICKS:
            continue
        if spawns is None:
            spawns = {spawn.object_id: spawn for spawn in res.level.arrivals}
        spawn = spawns[spawn_id]
        down = 1.0 - ticks / DROP_TICKS  # 0 as it starts to drop, 1 on the ground
        radius = res.catalog.units[spawn.kind].radius
        width = round(radius * (3.4 - 1.4 * down))  # a high machine's shadow is wide and faint
        shadow = _shadow(width, round(50 + 90 * down))
        x, y = camera.to_screen(spawn.x, spawn.y)
        lift = 14 * (1.0 - down)  # cast down and right, as the sprites' shadows are, nearer as it comes down
        surface.blit(shadow, shadow.get_rect(center=(round(x + lift), round(y + lift))))


def _shadow(width: int, alpha: int) -> pygame.Surface:
    shadow = _shadows.get((width, alpha))
    if shadow is None:
        if len(_shadows) >= 256:
            _shadows.clear()
        shadow = _shadows[width, alpha] = pygame.Surface((width, round(width * 0.8)), pygame.SRCALPHA)
        for ring in range(4):  # darker inward: a soft edge (each drawn over the last, not blended with it)
            rect = shadow.get_rect().inflate(-ring * width // 6, -round(ring * width / 6 * 0.8))
            pygame.draw.ellipse(shadow, (0, 0, 0, alpha * (ring + 1) // 4), rect)
    return shadow

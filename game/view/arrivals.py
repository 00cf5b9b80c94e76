"""The reinforcements' landing marks: a ring closing on each spot a reinforcement is inbound to, until it arrives."""

import math

import pygame

from game.sim.systems.reinforcements import ARRIVAL_TICKS
from game.view.markers import edge_arrow, in_view, label_keep_off
from game.view.text import RED, draw_text, font

RING_FROM = 72  # px: the ring's radius as it is called, closing to the machine's size as it lands
PULSE = 6.0  # flashes a second: a warning, not a marker the eye may rest on
LABEL_GAP = 12  # px from the ring to INBOUND, past the ends of the cross's arms


def arrival_marks(surface, game, camera, seconds: float, covers, flashes: float = 1.0, clear_of=()) -> None:
    """Each inbound reinforcement's spot (res.arrivals, its warning running): in view, a red ring closing in over the
    seconds it has left, a cross and INBOUND; out of view or under the HUD's plates or `clear_of` (a level's message,
    Hud.message_box), a red arrow at the edge toward it. The player sees where every one will come in before it does.
    It blinks only at full `flashes` (the player's Flashes option: below 1, nothing blinks), steady red otherwise."""
    res = game.res
    covers = [*covers, *clear_of]  # the message is drawn over the ring as the plates are
    keep_off = None  # the machines INBOUND keeps off: found once a ring is in view
    spawns = {spawn.object_id: spawn for spawn in res.level.arrivals}
    screen = surface.get_rect()  # as the objectives': the map between the plates and round them is in view
    bright = flashes < 1.0 or 0.5 + 0.5 * math.cos(seconds * PULSE * 2 * math.pi) > 0.35
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
            edge_arrow(surface, (x, y), RED)
            continue
        color = RED if bright else (150, 40, 34)
        pygame.draw.circle(surface, (0, 0, 0), (round(x) + 2, round(y) + 2), round(ring), 3)
        pygame.draw.circle(surface, color, (round(x), round(y)), round(ring), 3)
        for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):  # a cross whose arms point in at the spot
            pygame.draw.line(surface, color, (x + dx * (ring + 10), y + dy * (ring + 10)),
                             (x + dx * (ring - 8), y + dy * (ring - 8)), 3)
        if keep_off is None:
            keep_off = label_keep_off(game, camera)
        draw_text(surface, "INBOUND", _label_place(x, y, ring, screen, covers, keep_off), 16, color, anchor="center",
                  bold=True)


def _label_place(x: float, y: float, ring: float, screen: pygame.Rect, covers, machines) -> tuple[float, float]:
    """Where INBOUND's middle goes: under the ring, else above it, right or left of it, the first whole on screen,
    under no cover and on no machine (a machine under it hid the word, and the word the machine); else the first
    under no cover, else under the ring. The ring stays on the spot; only its word moves."""
    label = pygame.Rect((0, 0), font(16, True).size("INBOUND"))
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

"""Where the HUD's plates stand on screen: the HUD draws them there, and the marks in the world keep off them."""

import functools
from typing import TYPE_CHECKING

import pygame

from game.sim.components import Heat, Launcher, Vmax
from game.sim.resources import hold_seconds_left
from game.sim.systems.places import holds_slipping, named_objective
from game.view.markers import hold_left, hold_share
from game.view.text import fit, font

if TYPE_CHECKING:  # only named in an annotation: hud.py imports this module
    from game.view.hud import Gauges

ORDER_MARGIN = 328  # px kept clear each side of the objective's plate: the armour plate's 316, with a gap
# The order's plate in a level with no objectives to reach: it is won once every enemy machine is stopped.
DEFAULT_GOAL = "Stop every Gradosian machine — destroy or disable"


# -- where the plates go: Hud.draw puts them there, and the marks in the world (markers, Rei's marker) count what
# they cover as covered, and nothing more (the strips between them show the map, and whatever stands there).
ARMOUR_PLATE = pygame.Rect(16, 16, 300, 58)


def hostiles_plate(width: int) -> pygame.Rect:
    return pygame.Rect(width - 196, 16, 180, 58)


def clock_plate(width: int) -> pygame.Rect:
    rect = pygame.Rect(0, 62, 160, 36)  # "TIME" and the minutes and seconds beside it
    rect.centerx = width // 2
    return rect


def heat_plate(height: int) -> pygame.Rect:
    return pygame.Rect(16, height - 88, 320, 72)


def vmax_plate(width: int, height: int) -> pygame.Rect:
    rect = pygame.Rect(0, height - 88, 420, 72)
    rect.centerx = width // 2
    return rect


def missiles_plate(width: int, height: int) -> pygame.Rect:
    return pygame.Rect(width - 272, height - 88, 256, 72)  # "hold E or RIGHT MOUSE: lock on" fits


def order_plate(width: int, game) -> tuple[pygame.Rect, str, int, float, bool]:
    """(rect, words, their size, the hold's share done, whether the Layzner is off that hold) of the order's plate on
    a screen `width` px wide: the objective being held or the next to reach; in a level with no objectives, its goal
    (DEFAULT_GOAL). Off a hold under way, the line says so and what is still to hold ("· off it: 7 s left to
    hold")."""
    res = game.res
    level, reached = res.level, res.objectives_reached
    named = named_objective(res)  # the map's label leaves its words to this plate
    words, after, share, off = "All objectives reached" if level.objectives else DEFAULT_GOAL, "", 0.0, False
    if named is not None:
        objective, held = level.objectives[named], res.objectives_held[named]
        share, off = hold_share(objective, held), holds_slipping(game.world, res)[named]
        words = objective.text
        if len(reached) > 1:  # which of them: a count means nothing for a level's only objective
            after += f" ({reached.count(True) + 1}/{len(reached)})"
        if off:
            after += f" · off it: {hold_seconds_left(objective, held)} s left to hold"
        elif share > 0:
            after += f" · {hold_left(objective, held)}"
    text, size, plate_width = _order_words(width - 2 * ORDER_MARGIN, words, after)
    rect = pygame.Rect(0, 16, plate_width, 40)
    rect.centerx = width // 2
    return rect, text, size, share, off


@functools.lru_cache(maxsize=64)  # the plate is placed every frame, by the HUD and by the marks that keep off it
def _order_words(room: int, words: str, after: str) -> tuple[str, int, int]:
    """(text, its size, the plate's width) of the order `words` and what comes `after` them, in `room` px.
    Between the armour and hostiles plates, whatever the words: a long order is set smaller, then cut; the count and
    the hold's seconds after it are never what is cut."""
    text, size = fit(words + after, 24, room - 40, 18)
    if after and text.endswith("…"):
        words, size = fit(words, 18, room - 40 - font(18).size(after)[0], 18)
        text = words + after
    return text, size, min(room, max(300, font(size).size(text)[0] + 40))


def plates(size, game, wrecked: "Gauges | None" = None) -> list[pygame.Rect]:
    """Where the HUD's plates are on a screen of `size` this frame (named_plates' rects)."""
    return list(named_plates(size, game, wrecked).values())


def named_plates(size, game, wrecked: "Gauges | None" = None) -> dict[str, pygame.Rect]:
    """{name: rect} of the HUD's plates on a screen of `size` this frame, as Hud.draw places them (a gauge only while
    the player's machine has what it shows, the clock only against one). `wrecked`: the gauges the HUD showed last
    (Hud.last_gauges), which stay up, dimmed, once the machine is wrecked."""
    width, height = size
    found = {"armour": ARMOUR_PLATE.copy(), "hostiles": hostiles_plate(width), "order": order_plate(width, game)[0]}
    if game.res.level.time_limit:
        found["clock"] = clock_plate(width)
    world, player = game.world, game.player
    if wrecked is None or world.exists(player):
        shown = [world.try_get(player, kind) for kind in (Heat, Vmax, Launcher)]
    else:
        shown = [wrecked.heat, wrecked.vmax, wrecked.launcher]
    gauges = {"heat": heat_plate(height), "vmax": vmax_plate(width, height), "missiles": missiles_plate(width, height)}
    found.update((name, rect) for (name, rect), there in zip(gauges.items(), shown) if there is not None)
    return found

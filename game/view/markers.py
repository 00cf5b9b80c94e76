"""Marks on the world, under the HUD: objectives with their holds (and, for a moment, the ones just reached), the
missile lock, enemies' health bars, and the arrows at the edge of the play band (between the HUD's plates) toward what
is out of view or under the plates."""

import functools
import math
from typing import NamedTuple

import numpy
import pygame

from game.sim.components import Brain, Health, Intent, Launcher, Position, Unit
from game.sim.resources import hold_seconds_left, hold_ticks, objectives_open
from game.sim.systems.missiles import lock_progress
from game.sim.systems.places import holds_slipping, named_objective
from game.view.camera import between
from game.view.camera import HUD_BOTTOM, HUD_TOP  # labels and arrows stay between them, where nothing covers them
from game.view.text import AMBER, PANEL, PANEL_CUT, RED, draw_text, fit, font, panel

LABEL_WIDTH = 420  # px an objective's label may take on the map: a longer one is set smaller, then cut
SIDE_INSET = 40  # px from the screen's side to an edge arrow's tip
WORDS_ROW = 22  # px of a label's words
COUNT_ROW = 26  # px of a hold's count and its bar under it
HOLD_BAR = 100  # px of that bar
COUNT_SIZE = 20  # px of the count's words
COUNT_PAD = PANEL_CUT + 4  # px each side of RETURN's count on its plate: its letters clear of the cut corners
# A hold the Layzner has been shoved off drains as fast as it filled (places.reach_objectives): its outline, count and
# bar stop pulsing and turn red, and the count says RETURN, which reads without the colour (red and amber are one
# yellow to a red-green colour-blind eye).
SLIPPING = RED
LABEL_GAP = 4  # px from an area up to its label's foot; a label under the area starts 8 px below it
PLATE_GAP = 14  # px at least from a plate of the HUD's top row down to a label under it
BODY = (84, 84)  # px round a machine's centre a label keeps off
MARKER_REACH = 46  # px from Rei's target's centre to each point of her diamond (rei_marker.ReiMarker)
PLATE_HEIGHT = 22  # px of her numbers' plate, 8 px past the diamond, above or under it
REI_MARKS = (130, 2 * (MARKER_REACH + 8 + PLATE_HEIGHT))  # what of her marks round her target a label keeps off
FADED = 90  # of 255: a label with a machine on either side of the area, laid over it faintly
# A faded label's rim, 1 px round its ink, darkening only what is lighter than itself: the Gradosian machines' own dark
# purple, so daylit sand goes 3.2:1 darker while a Dis under the words, and a night map's ground, are left as they are.
RIM = (76, 52, 72)
_RIM = pygame.Mask((3, 3), fill=True)  # the ink's mask grown by it a px each way
HEALTH_BAR = (50, 6)  # px of an enemy's health fill: 5 px a tenth, so one Dis's bolt (6 %) takes 3 px off it
HEALTH_SEGMENTS = 10  # the fill's cells: how much is gone reads as cells emptied, in tenths
HEALTH_CHUNK = (255, 196, 170)  # what the hits took just now (lost_health), pale, over the empty slot, draining after
HEALTH_RIM = 2  # px of its plate round the fill
HEALTH_EDGE = (190, 70, 58)  # the plate's rim: the hostiles' red, muted, so the fill stays the brightest thing
HEALTH_LOST = (46, 14, 14)  # the fill's slot where health is gone
BAND_INSET = 16  # px from the HUD's plates to an edge arrow's tip: its head reaches 19 px back from the tip
SHOWN_INSET = 16  # px inside the screen's edges some of an area must show in, not under a plate, to be in view:
# a sliver along the screen's edge, or in the 16 px under the gauges, is pointed at rather than outlined
# Of an area, what must show (on screen, under no plate) for it to be outlined: a quarter of its own shape (a ring's box
# has corners the ring has not: counted, a sixth of New York's uplink past HOSTILES's edge as the level opens passed for
# an eighth of its box), or this much of a big one; and no less than the plates hide of its part on screen. Less, an
# arc peeping from under a plate, does not read as the place: it is pointed at, as an area out of view is.
SHOWN_SHARE, SHOWN_ENOUGH = 1 / 4, 80 * 80  # px²
SHOWN_GRID = 24  # points a side of the grid an area's shape is measured on
STICK = 6  # px deep a machine (or Rei's marks) must stand in a label's place before it gives that side up, and
# before it fades there: one grazing its edge, or wavering across it, flips it neither way from frame to frame
CONE = (255, 214, 140)  # the lock cone's outline: the lock's amber, paled
CONE_START = 40  # px from the Layzner's centre its edges start: clear of its body
PLATE_CLEARANCE = 3  # px round an area's outline (drawn 3 px wide inside its bounds) Rei's numbers keep off
# An objective just reached answers at its place, where the player's eyes are, not only in the HUD's notice: its
# outline closes on the area in green (reached; amber is still to reach) and fades, a bright ring spreads from it, and
# a stamp stands where its label was.
DONE = (120, 240, 150)
FLASH = (225, 255, 230)  # the spreading ring: near white, the brightest thing there for its moment
DONE_TIME = 1.5  # s the mark stays, at full strength for FLASH_TIME, then fading out
FLASH_TIME = 0.5  # s the ring takes to spread, and the outline to close
FLASH_REACH = 0.7  # of the area's size the ring spreads out past it, each way
CLOSE_FROM = 1.25  # of the area's size the outline closes from
STAMP_SIZE = 26  # px of the stamp's word
STAMP_PAD = (14, 4)  # px round the word on its plate
# An order's verb said done, for the stamp: the word the player was given, answered. Another verb: HELD for a hold,
# REACHED for an area to reach.
PAST = {"hold": "HELD", "silence": "SILENCED", "reach": "REACHED", "secure": "SECURED", "take": "TAKEN",
        "defend": "DEFENDED", "jam": "JAMMED", "capture": "CAPTURED", "destroy": "DESTROYED", "clear": "CLEARED"}


def enemy_health_bars(surface, world, camera, hurt: dict, alpha: float, lost=None) -> None:
    """Small gauges over enemies hit in the last moments, so damage dealt reads clearly: a chamfered plate like the
    HUD's, its fill in tenths; `lost` (lost_health.LostHealth.tops), the share each had before the hits of the
    moment, shown pale from its fill up to there."""
    # The few hurt looked up, not every enemy asked whether it was hurt; in id order, as a query gives them.
    healths, positions, brains = world.index(Health), world.index(Position), world.index(Brain)
    plate, ticks = health_gauge(HEALTH_BAR)
    for entity in sorted(hurt):
        health, pos = healths.get(entity), positions.get(entity)
        if health is None or pos is None or entity not in brains:
            continue
        x, y = between(pos, alpha)
        sx, sy = camera.to_screen(x, y - 34)
        bar = pygame.Rect((0, 0), HEALTH_BAR)
        bar.midtop = (round(sx), round(sy))
        at = bar.move(-HEALTH_RIM, -HEALTH_RIM).topleft
        surface.blit(plate, at)
        if lost and entity in lost:
            pygame.draw.rect(surface, HEALTH_CHUNK, (bar.x, bar.y, round(bar.w * lost[entity]), bar.h))
        pygame.draw.rect(surface, RED, (bar.x, bar.y, round(bar.w * health.hit_points / health.max_hit_points), bar.h))
        surface.blit(ticks, at)


@functools.cache
def health_gauge(size: tuple[int, int]) -> tuple[pygame.Surface, pygame.Surface]:
    """(plate, ticks) of an enemy's health gauge whose fill is `size`, both HEALTH_RIM px larger all round: the
    plate under the fill, dark with a thin chamfered rim, and over it the cells' marks and a light top edge. Made
    once per size: every hurt enemy draws one every frame."""
    w, h = size[0] + 2 * HEALTH_RIM, size[1] + 2 * HEALTH_RIM
    cut = HEALTH_RIM + 1  # the HUD plates' clipped top-left and bottom-right corners, in small
    points = [(cut, 0), (w - 1, 0), (w - 1, h - 1 - cut), (w - 1 - cut, h - 1), (0, h - 1), (0, cut)]
    plate = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.polygon(plate, (*PANEL, 230), points)
    plate.fill(HEALTH_LOST, (HEALTH_RIM, HEALTH_RIM, *size))  # what is lost reads as an empty slot, not as ground
    pygame.draw.lines(plate, HEALTH_EDGE, True, points)
    ticks = pygame.Surface((w, h), pygame.SRCALPHA)
    for cell in range(1, HEALTH_SEGMENTS):
        x = HEALTH_RIM + size[0] * cell // HEALTH_SEGMENTS
        pygame.draw.line(ticks, (*PANEL, 255), (x, HEALTH_RIM), (x, HEALTH_RIM + size[1] - 1))
    pygame.draw.line(ticks, (255, 150, 130, 110), (HEALTH_RIM, HEALTH_RIM), (HEALTH_RIM + size[0] - 1, HEALTH_RIM))
    return plate, ticks


def done_word(objective) -> str:
    """The stamp on an objective just reached: its order's verb said done ("Silence the relay post": SILENCED)."""
    verb = objective.text.split(maxsplit=1)[0].lower() if objective.text.strip() else ""
    return PAST.get(verb, "HELD" if objective.hold else "REACHED")


def done_marks(surface, game, camera, finished: dict, covers, flashes: float = 1.0) -> None:
    """The objectives reached moments ago, at their places: `finished`, {objective's index: (s since it was reached,
    the side its label was on, or None)}, as the Renderer keeps it. Under DONE_TIME s old each; an area out of view
    (in_view; `covers`: the HUD's plates) is not pointed at: the HUD's notice says it. The bright ring is as bright
    as `flashes` (the player's Flashes option) allows."""
    objectives = game.res.level.objectives
    screen, band = surface.get_rect(), play_band(surface)
    for index, (age, side) in sorted(finished.items()):
        if not 0 <= age < DONE_TIME or index >= len(objectives):
            continue
        objective = objectives[index]
        rect = area_on_screen(objective.region, camera)
        if not in_view(rect, screen, covers, shape_on_screen(objective.region, camera)):
            continue
        fade = min(1.0, (DONE_TIME - age) / (DONE_TIME - FLASH_TIME))
        spread = min(1.0, age / FLASH_TIME)
        eased = 1 - (1 - spread) ** 3  # fast, then settling: the outline snaps shut
        # A canvas round the area as far as the ring spreads (once it has, the closed outline's rim), so the marks can
        # fade over rain, dust or ground alike.
        room = (round(max(rect.w, rect.h) * FLASH_REACH) if spread < 1 else 0) + 8
        canvas = _mark_canvas((rect.w + 2 * room, rect.h + 2 * room))
        canvas.fill((0, 0, 0, 0))
        if spread < 1 and flashes > 0:
            _outline(canvas, objective.region, camera, rect, room, 1 + FLASH_REACH * eased,
                     (*FLASH, round(255 * (1 - spread) * min(1.0, flashes))), max(1, round(4 - 3 * spread)))
        closing = CLOSE_FROM + (1 - CLOSE_FROM) * eased
        _outline(canvas, objective.region, camera, rect, room, closing, (0, 0, 0, 150), 7)  # a dark rim: it reads
        _outline(canvas, objective.region, camera, rect, room, closing, (*DONE, 255), 4)  # on pale sand and in rain
        canvas.set_alpha(round(255 * fade))
        surface.blit(canvas, (rect.x - room, rect.y - room))
        stamp = _stamp(done_word(objective))
        spot = stamp.get_rect()
        spot.centerx = min(max(rect.centerx, spot.w // 2 + 8), band.width - spot.w // 2 - 8)
        above = rect.top - spot.h - LABEL_GAP
        if side == "below" or (side is None and above < band.top):
            spot.top = rect.bottom + 8
        else:
            spot.top = above
        spot.top = max(band.top, min(spot.top, band.bottom - spot.h - 4))  # whole in the band, as a label is
        stamp.set_alpha(round(255 * fade))
        surface.blit(stamp, spot)


def _outline(canvas, region, camera, rect: pygame.Rect, room: int, scale: float, color, width: int) -> None:
    """`region`'s outline on `canvas` (whose corner is `room` px up and left of `rect`, the area's bounds on screen),
    grown `scale` times about the area's centre."""
    cx, cy = rect.w / 2 + room, rect.h / 2 + room
    if region.shape == "polygon" and region.points:
        ox, oy = camera.to_screen(*region.centre)
        centre = (ox - rect.x + room, oy - rect.y + room)
        points = [(centre[0] + (x - ox) * scale, centre[1] + (y - oy) * scale)
                  for x, y in (camera.to_screen(px, py) for px, py in region.points)]
        pygame.draw.polygon(canvas, color, points, width)
        return
    box = pygame.Rect(0, 0, round(rect.w * scale), round(rect.h * scale))
    box.center = (round(cx), round(cy))
    (pygame.draw.ellipse if region.shape == "ellipse" else pygame.draw.rect)(canvas, color, box, width)


@functools.cache
def _mark_canvas(size: tuple[int, int]) -> pygame.Surface:
    """A clear image to draw a reached objective's marks on, kept per size: they are drawn every frame for a moment."""
    return pygame.Surface(size, pygame.SRCALPHA)


@functools.cache
def _stamp(word: str) -> pygame.Surface:
    """The stamp where a reached objective's label was: its word in green on a dark plate edged in green, made once
    per word; faded by its alpha."""
    width, height = font(STAMP_SIZE, True).size(word)
    stamp = pygame.Surface((width + 2 * STAMP_PAD[0], height + 2 * STAMP_PAD[1]), pygame.SRCALPHA)
    panel(stamp, stamp.get_rect(), alpha=210, border=DONE)
    draw_text(stamp, word, stamp.get_rect().center, STAMP_SIZE, DONE, anchor="center", bold=True)
    return stamp


def objective_markers(surface, game, camera, seconds: float, covers, sides: dict | None = None, labels=None) \
        -> tuple[list, list[pygame.Rect]]:
    """Objectives still to reach: a pulsing outline on the map, or an arrow at the screen edge toward it; by the
    outline, its label (`labels`, when the caller has worked them out this frame; else objective_labels, moving
    `sides` on). `covers`: the HUD's plates this frame (hud_plates.plates).
    Returns what of these marks is on screen, for Rei's numbers to keep off: ([(region, its bounds on screen)] of
    each area outlined, [each label's rect])."""
    res = game.res
    if not res.level.objectives:
        return [], []
    screen = surface.get_rect()
    areas = []
    pulse = 0.5 + 0.5 * math.sin(seconds * 4)
    calm = (255, round(170 + 60 * pulse), 70)
    for objective, done, open_, off in zip(res.level.objectives, res.objectives_reached,
                                           objectives_open(res.level, res.objectives_reached),
                                           holds_slipping(game.world, res)):
        if done or not open_:  # a closed one (its `after` not yet reached) is not the player's to find yet
            continue
        region, color = objective.region, SLIPPING if off else calm
        rect = area_on_screen(region, camera)
        if not in_view(rect, screen, covers, shape_on_screen(region, camera)):  # out of view, or under the plates
            edge_arrow(surface, camera.to_screen(*region.centre), color)
            continue
        areas.append((region, rect))
        if region.shape == "ellipse":
            pygame.draw.ellipse(surface, color, rect, 3)
        elif region.shape == "polygon":
            pygame.draw.polygon(surface, color, [camera.to_screen(x, y) for x, y in region.points], 3)
        else:
            pygame.draw.rect(surface, color, rect, 3)
    if labels is None:
        labels = objective_labels(game, camera, play_band(surface), covers, sides)
    for label in labels:
        color = SLIPPING if label.off else calm
        if not label.faded:
            _draw_label(surface, label, color, label.rect.topleft)
            continue
        # Drawn whole, then laid over the machine at a fraction of itself; a row taller, for the bar's dark edge.
        canvas = _label_canvas((label.rect.w, label.rect.h + 1))
        canvas.fill((0, 0, 0, 0))
        # Faint amber is near the daylit sand's own lightness (1.3:1 against it): a dark rim a px round the ink keeps
        # the words' shape on Mars's ground, in place of their shadow, which darkened the machine under them.
        _draw_label(canvas, label, color, (0, 0), shadow=False)
        ink = pygame.mask.from_surface(canvas, 63)  # a glyph's faintest edge left out: the rim there keeps a 5 a 5
        words = ink.copy()
        words.erase(pygame.mask.from_threshold(canvas, (*PANEL, 255), (1, 1, 1, 255)), (0, 0))  # the bar: dark
        rim = words.convolve(_RIM)
        rim.erase(ink, (1, 1))  # round the ink, never under it: the words stay as light as they were
        for step in ((1, 0), (0, 1)):  # nor in a px-wide gap between two strokes: a small s would read as an 8
            gap = pygame.Mask(rim.get_size())
            gap.draw(ink, (1 + step[0], 1 + step[1]))
            rim.erase(gap.overlap_mask(ink, (1 - step[0], 1 - step[1])), (0, 0))
        surface.blit(rim.to_surface(setcolor=RIM, unsetcolor=(255, 255, 255)), label.rect.move(-1, -1),
                     special_flags=pygame.BLEND_RGB_MIN)
        canvas.set_alpha(FADED)
        surface.blit(canvas, label.rect)
    return areas, [label.rect for label in labels]


class Label(NamedTuple):
    """An objective's label on the map: its order (none while the HUD's top plate says it), its hold's count and
    bar, where they go on screen, and whether a machine stands there whichever side of the area it goes."""
    objective: object
    held: int  # ticks
    off: bool  # the hold under way drains: the Layzner stands off it (places.holds_slipping)
    words: str
    size: int  # px of the words
    rect: pygame.Rect
    faded: bool


def objective_labels(game, camera, band, covers, sides: dict | None = None, clear_of=(),
                     alpha: float | None = None) -> list[Label]:
    """The labels of the objectives still to reach whose areas are in view (in_view; `covers`: the HUD's plates
    this frame, hud_plates.plates). Each goes above its area, or below it when above is under the HUD's top row or
    covers a machine (Rei's target with her marks round it) and below does not; it is kept whole in the play band,
    over the area rather than under the gauges. The order the HUD's top plate names is not written again: the label
    keeps the hold's count and bar, or is not there at all.

    A label keeps the side it took last frame while that side still fits in the band and no machine stands STICK px
    deep in it; one standing deeper sends it to the other side if that is clear, else it stays, faded, until its place
    is wholly clear again: a label keeps its side rather than flip every time a machine passes. But for the Layzner:
    a label it stands in that deep goes to the other side, faded over what stands there, if the Layzner is not there
    too: the count is read from the Layzner's place, and a label over it hides it. `sides`: the view's
    memory of those sides in this run of the level, {objective's index: (side, faded)}, written in place with what
    is chosen now (the Renderer keeps it). None: chosen afresh. `clear_of`: plates over the play band a label keeps
    off as it keeps off a machine (a trigger's message, Hud.message_box), on screen. `alpha`: the machines are where
    the frame draws them, between their last two ticks (label_keep_off)."""
    res = game.res
    screen = pygame.Rect(0, 0, band.width, band.bottom + HUD_BOTTOM)
    sides = {} if sides is None else sides
    named = named_objective(res)
    keep_off = mine = None  # worked out only once a label is in view
    found = []
    opened = objectives_open(res.level, res.objectives_reached)
    for index, (objective, done, held, off) in enumerate(zip(res.level.objectives, res.objectives_reached,
                                                           res.objectives_held, holds_slipping(game.world, res))):
        rect = area_on_screen(objective.region, camera)
        words, size = fit(objective.text, 22, LABEL_WIDTH, 16) if index != named else ("", 22)
        height = (WORDS_ROW if words else 0) + (COUNT_ROW if objective.hold else 0)
        if done or not opened[index] or not height or not in_view(rect, screen, covers,
                                                                  shape_on_screen(objective.region, camera)):
            sides.pop(index, None)  # back in view, it starts afresh from the side it would choose
            continue
        # the label (and the bar) whole on screen, near an edge too
        count = font(COUNT_SIZE, True).size(hold_left(objective, held, off))[0] if objective.hold else 0
        half = round(max(font(size).size(words)[0] / 2 + 8, HOLD_BAR / 2 + 8, (count + 1) // 2 + COUNT_PAD))
        centre = min(max(rect.centerx, half), band.width - half)
        tops = {"above": rect.top - height - LABEL_GAP, "below": rect.bottom + 8}
        highest = _under_plates(band, covers, centre - half, centre + half)
        spots = {side: pygame.Rect(centre - half, max(highest, min(top, band.bottom - height - 4)), 2 * half, height)
                 for side, top in tops.items()}
        # above first, unless there it would be pushed down out of the top row's reach, onto its own area
        order = ("above", "below") if tops["above"] >= highest else ("below", "above")
        if keep_off is None:
            keep_off = label_keep_off(game, camera, alpha) + [pygame.Rect(plate) for plate in clear_of]
            mine = layzner_body(game, camera, alpha)
        # A label may lie faintly over a machine, but under a message's plate it would be hidden: a side the
        # message covers is given up for one it does not, whatever stands there
        order = tuple(side for side in order if spots[side].collidelist(clear_of) < 0) or order
        last = sides.get(index)
        side, faded = _label_side(spots, tops, order, last if last and last[0] in order else None, keep_off, mine)
        sides[index] = (side, faded)
        found.append(Label(objective, held, off, words, size, spots[side], faded))
    return found


def _under_plates(band: pygame.Rect, covers, left: int, right: int) -> int:
    """The highest y a label from `left` to `right` may stand at: the play band's top, or PLATE_GAP under a plate of
    the top row (`covers`) over its columns. Set against the plate, the clock's TIME 4:58 and a hold's HOLD 12 s
    under it read as one plate's two rows."""
    return max([band.top] + [plate.bottom + PLATE_GAP for plate in covers
                             if plate.top < band.top and plate.left < right and plate.right > left])


def _label_side(spots: dict, tops: dict, order, last, keep_off, mine=()) -> tuple[str, bool]:
    """(side, faded) of a label whose places either side of its area are `spots` (kept in the band: `tops` says where
    they would be if not), `order` the sides it would choose between afresh, `last` the (side, faded) it had last
    frame (None: none). `mine`: the Layzner's body (layzner_body), in `keep_off` too."""
    side, faded = _kept_side(spots, tops, order, last, keep_off)
    if not faded or not mine:
        return side, faded
    # No place clear of all: faded over a Dis, the count still reads; over the Layzner it hides the machine the player
    # steers, where their eyes are. It leaves for a place the Layzner does not touch once it stands STICK px deep, and
    # comes back only once the Layzner touches this one no more: on the edge of either, it moves the label neither way.
    away = [other for other in order if other != side and spots[other].collidelist(mine) < 0]
    if away and spots[side].inflate(-2 * STICK, -2 * STICK).collidelist(mine) >= 0:
        return away[0], True
    if last is not None and last[0] in away and spots[side].collidelist(mine) >= 0:
        return last[0], True
    return side, True


def _kept_side(spots: dict, tops: dict, order, last, keep_off) -> tuple[str, bool]:
    """_label_side, each of `keep_off` alike."""
    clear = [side for side in order if spots[side].collidelist(keep_off) < 0]
    if last is not None:
        side, was_faded = last
        spot = spots[side]
        fits = spot.top == tops[side]  # not pushed into the band, over its own area
        deep = spot.inflate(-2 * STICK, -2 * STICK).collidelist(keep_off) >= 0
        if fits and not deep:  # kept; once faded, it stays faded until nothing stands in its place at all
            return side, was_faded and side not in clear
        if fits and not clear:  # blocked both ways: it stays where it is, faded
            return side, True
    return (clear[0], False) if clear else (order[0], True)


def label_keep_off(game, camera, alpha: float | None = None) -> list[pygame.Rect]:
    """What an objective's label keeps off: every machine's body, and Rei's diamond and numbers round her target;
    where the frame draws them, `alpha` of the way between their last two ticks (None: at the last tick's)."""
    world = game.world
    advice = game.res.advice
    target = advice.target if advice is not None else None
    positions = world.index(Position)
    found = []
    for entity in world.index(Unit):
        pos = positions.get(entity)
        if pos is not None:
            found.append(_body(pos, REI_MARKS if entity == target else BODY, camera, alpha))
    return found


def layzner_body(game, camera, alpha: float | None = None) -> list[pygame.Rect]:
    """The Layzner's body as label_keep_off places it ([] without it): what a label least of all lies over."""
    pos = game.world.try_get(game.player, Position)
    return [] if pos is None else [_body(pos, BODY, camera, alpha)]


def _body(pos, size: tuple[int, int], camera, alpha: float | None) -> pygame.Rect:
    """`size` round a machine at `pos`, on screen: at its last tick's place, or (`alpha`) between it and the one
    before, where it is drawn. Placed from the camera's corner, as the areas are."""
    x, y = (pos.x, pos.y) if alpha is None else between(pos, alpha)
    return pygame.Rect(round(x - camera.left - size[0] / 2), round(y - camera.top - size[1] / 2), *size)


def _draw_label(target, label: Label, color, at, shadow: bool = True) -> None:
    """The label's words, then its hold's count and bar, centred in its rect placed at `at` on `target`; `shadow`:
    the words' drop shadow."""
    centre, top = at[0] + label.rect.w / 2, at[1]
    if label.words:
        draw_text(target, label.words, (centre, top + (22 - label.size) // 2), label.size, AMBER, anchor="midtop",
                  shadow=shadow)
        top += WORDS_ROW
    if label.objective.hold:
        count = hold_left(label.objective, label.held, label.off)
        if label.off:  # red is near the lightness of Mars's sand: the warning on a dark plate, as INBOUND's is
            plate = pygame.Rect(0, 0, font(COUNT_SIZE, True).size(count)[0] + 2 * COUNT_PAD, 21)
            plate.midtop = (round(centre), top - 1)
            panel(target, plate, alpha=210, border=SLIPPING)
        draw_text(target, count, (centre, top), COUNT_SIZE, color, anchor="midtop", bold=True, shadow=shadow)
        hold_bar(target, pygame.Rect(round(centre - HOLD_BAR / 2), top + 21, HOLD_BAR, 5),
                 hold_share(label.objective, label.held), SLIPPING if label.off else AMBER)


@functools.cache
def _label_canvas(size: tuple[int, int]) -> pygame.Surface:
    """A clear image to draw a faded label on, kept per size: a label faded under a passing machine is drawn there
    every frame."""
    return pygame.Surface(size, pygame.SRCALPHA)


def area_on_screen(region, camera) -> pygame.Rect:
    """A region's bounds on screen, at least a px each way."""
    return pygame.Rect(round(region.x - camera.left), round(region.y - camera.top),
                       max(1, round(region.width)), max(1, round(region.height)))


def in_view(rect: pygame.Rect, screen: pygame.Rect, covers, shape=None) -> bool:
    """Whether enough of an area whose bounds on screen are `rect` shows on `screen`, SHOWN_INSET px or more inside its
    edges and under none of `covers` (the HUD's plates): SHOWN_SHARE of it, or SHOWN_ENOUGH px², and no less of it
    there than under the plates (the strips between the plates and round them show the map as the rest does).
    `shape`: shape_on_screen's (kind, points) of the area within `rect`; None, the whole rect."""
    seen = rect.clip(screen.inflate(-2 * SHOWN_INSET, -2 * SHOWN_INSET))
    if not seen.w or not seen.h:
        return False
    xs = rect.x + (numpy.arange(SHOWN_GRID) + 0.5) * (rect.w / SHOWN_GRID)
    ys = rect.y + (numpy.arange(SHOWN_GRID) + 0.5) * (rect.h / SHOWN_GRID)
    x, y = numpy.meshgrid(xs, ys)
    inside = _inside(shape, rect, x, y)
    on_screen = inside & (x >= seen.left) & (x < seen.right) & (y >= seen.top) & (y < seen.bottom)
    under = numpy.zeros_like(on_screen)
    for cover in covers:
        if cover.colliderect(seen):
            under |= (x >= cover.left) & (x < cover.right) & (y >= cover.top) & (y < cover.bottom)
    shown, hidden = int((on_screen & ~under).sum()), int((on_screen & under).sum())
    cell = rect.w * rect.h / SHOWN_GRID ** 2  # px² a point stands for
    return shown > 0 and shown >= hidden and shown * cell >= min(SHOWN_SHARE * inside.sum() * cell, SHOWN_ENOUGH)


def shape_on_screen(region, camera) -> tuple[str, list] | None:
    """(kind, its corners on screen) of a region that is no plain rectangle, for in_view; None for a rectangle."""
    if region.shape == "polygon" and region.points:
        return "polygon", [camera.to_screen(x, y) for x, y in region.points]
    return ("ellipse", []) if region.shape == "ellipse" else None


def _inside(shape, rect: pygame.Rect, x, y):
    """Which of the points (arrays `x`, `y`, on screen) lie in `shape` (in_view's) drawn in `rect`."""
    if shape is None:
        return numpy.ones(x.shape, bool)
    kind, points = shape
    if kind == "ellipse":
        return ((x - rect.centerx) / (rect.w / 2)) ** 2 + ((y - rect.centery) / (rect.h / 2)) ** 2 <= 1
    inside = numpy.zeros(x.shape, bool)  # a ray to the right crosses the outline an odd number of times
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        if y0 != y1:
            crosses = ((y0 > y) != (y1 > y)) & (x < x0 + (y - y0) * (x1 - x0) / (y1 - y0))
            inside ^= crosses
    return inside


def crosses_outline(rect: pygame.Rect, region, bounds: pygame.Rect, camera) -> bool:
    """Whether `rect` (on screen) touches the outline objective_markers draws round `region` (whose bounds on screen
    are `bounds`), with PLATE_CLEARANCE px to spare: whether it lies across the line rather than wholly inside it or
    out of it."""
    pad = PLATE_CLEARANCE
    if not rect.colliderect(bounds.inflate(2 * pad, 2 * pad)):
        return False
    if region.shape == "ellipse":  # scaled to the unit circle: rect is out if its nearest point is past the line's
        # outer edge (the bounds), in if its farthest corner is short of its inner edge (3 px in)
        cx, cy = bounds.centerx, bounds.centery

        def scaled(point, grow):
            a, b = max(1.0, bounds.w / 2 + grow), max(1.0, bounds.h / 2 + grow)
            return ((point[0] - cx) / a) ** 2 + ((point[1] - cy) / b) ** 2
        nearest = (min(max(cx, rect.left), rect.right), min(max(cy, rect.top), rect.bottom))
        corners = ((rect.left, rect.top), (rect.right, rect.top), (rect.left, rect.bottom), (rect.right, rect.bottom))
        return scaled(nearest, pad) <= 1 and not all(scaled(corner, -3 - pad) < 1 for corner in corners)
    if region.shape == "polygon" and region.points:
        grown, points = rect.inflate(2 * pad, 2 * pad), [camera.to_screen(x, y) for x, y in region.points]
        return any(grown.clipline(start, end) for start, end in zip(points, points[1:] + points[:1]))
    return not bounds.inflate(-2 * (3 + pad), -2 * (3 + pad)).contains(rect)


def hold_share(objective, held: int) -> float:
    """How much of the objective's hold is done, 0 to 1 (0 for an objective with no hold). `held`: ticks."""
    needed = hold_ticks(objective)
    return min(1.0, held / needed) if needed else 0.0


def hold_left(objective, held: int, off: bool = False) -> str:
    """The hold's seconds still to go, counted down in whole seconds: "HOLD 7 s"; `off` the area, draining, what to
    do first: "RETURN · HOLD 7 s". `held`: ticks."""
    return f"{'RETURN · ' if off else ''}HOLD {hold_seconds_left(objective, held)} s"


def hold_bar(surface, rect, share: float, color=AMBER) -> None:
    """A hold's bar, `share` of it filled in `color` (SLIPPING while it drains)."""
    pygame.draw.rect(surface, PANEL, rect.inflate(2, 2))
    pygame.draw.rect(surface, color, (rect.x, rect.y, round(rect.width * share), rect.height))


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


# px from an arrowhead's tip to its back corners; rad each side of its line. A head longer than it is wide: one
# nearly as wide as long (0.5 rad) is all but equilateral, and laid with a side near level it read as pointing down.
ARROW_LENGTH, ARROW_SPREAD = 22, 0.36
ARROW_NOTCH = 0.6  # of ARROW_LENGTH: the notch cut into its back, on its line, which says which end is the point


def arrow(surface, tip, angle: float, color) -> None:
    """A notched arrowhead with its point at `tip`, pointing along `angle` (rad), over a dark shadow."""
    left, right = [(tip[0] - math.cos(angle + side) * ARROW_LENGTH, tip[1] - math.sin(angle + side) * ARROW_LENGTH)
                   for side in (ARROW_SPREAD, -ARROW_SPREAD)]
    back = ARROW_LENGTH * ARROW_NOTCH
    notch = (tip[0] - math.cos(angle) * back, tip[1] - math.sin(angle) * back)
    points = [tip, left, notch, right]
    pygame.draw.polygon(surface, (0, 0, 0), [(x + 2, y + 2) for x, y in points])
    pygame.draw.polygon(surface, color, points)


def lock_cone_outline(surface, game, camera) -> None:
    """The wedge the missiles lock in, from the Layzner along its aim: lock_cone degrees either side, out to
    lock_range; thin lines, a guide to where to aim rather than a mark."""
    world = game.world
    pos, intent = world.try_get(game.player, Position), world.try_get(game.player, Intent)
    spec = game.res.catalog.units[world.get(game.player, Unit).kind].missiles
    aim = math.atan2(intent.aim_y - pos.y, intent.aim_x - pos.x)
    cone, reach = math.radians(spec.lock_cone), spec.lock_range
    x, y = camera.to_screen(pos.x, pos.y)
    box = pygame.Rect(x - reach, y - reach, 2 * reach, 2 * reach)
    # Over a dark rim a pixel wide either side, so it reads on any ground: a shadow cast one way (as the edge arrows'),
    # lay along an edge running that way and hid under it, and that edge read thin on pale sand.
    for color, width, grow in (((0, 0, 0), 4, 1), (CONE, 2, 0)):
        for side in (-cone, cone):  # each edge from clear of the machine's body out to the lock's reach
            dx, dy = math.cos(aim + side), math.sin(aim + side)
            start, end = (x + dx * CONE_START, y + dy * CONE_START), (x + dx * reach, y + dy * reach)
            pygame.draw.line(surface, color, start, end, width)
        # angles run upward; an arc's width grows inward from its box, so the rim's, a pixel larger, lies either side
        pygame.draw.arc(surface, color, box.inflate(2 * grow, 2 * grow), -aim - cone, -aim + cone, width)


def lock_marker(surface, game, camera, seconds: float, miss: float | None) -> None:
    """Brackets closing on the target as the missile lock builds; a red diamond once it holds. Held with a machine
    in range and in sight but none in the lock's cone (`miss`, lock_miss's this frame), the cone's outline
    (lock_cone_outline)."""
    if miss is not None:
        lock_cone_outline(surface, game, camera)
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

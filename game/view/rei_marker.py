"""Rei's marker: the brackets on the machine she recommends killing, and what the kill is worth.

The marker brackets the machine Rei recommends killing (`res.advice`) with what the kill is worth: the seconds of
fire it should take and the share of the threat it removes ("REI KILL IN 1.8 s · −64% THREAT"). It slides over to a new
target, but on a target destroyed or disabled its numbers go at once and its brackets fade out, then appear on the
next; it points from the screen's edge at one out of view, is gone while Fouron flies the machine and once the level
is decided, and fades once the Layzner is lost.
Rei's panel, and a level's message while it is up, are to it what the HUD's plates are: a target under them, or too
near them for its brackets to show whole, is pointed at by an arrow from their open side, and its numbers are never
under any of them. Only the plates
themselves count: a target in the strips of map between and round them is bracketed as anywhere else. Its numbers
keep off an objective's outline and label too, and off the Layzner and the machines near the target, sliding a
little further from the target if they must (across an outline rather than onto a machine, if it comes to that);
when a short slide above or below cannot keep them off the Layzner, they stand beside the diamond, else slide past it.
They keep the side they stand on while it is about as good as the other (HOLD_SIDE), until the place under the target
is free: a Layzner weaving between two machines must not flip them over and back every frame.
"""

import math

import numpy as np
import pygame

from game.sim.components import Brain, Heat, Position, Unit
from game.sim.systems.speech import outdated
from game.view.camera import between
from game.view.hud_style import SEP
from game.view.markers import (ARROW_LENGTH, ARROW_SPREAD, MARKER_REACH, PLATE_CLEARANCE, PLATE_HEIGHT, arrow,
                               crosses_outline, edge_arrow)
from game.view.text import CYAN, PANEL, WHITE, draw_text, font

SLIDE_TIME = 0.3  # s for the marker to slide over to a new target
APPEAR_TIME = 0.15  # s to fade in or out
BREATH = 2.5  # px the diamond's reach swells and shrinks by as it breathes
STROKE = 8  # px the chevrons' strokes and shadows reach past the diamond's points
BODY = 24  # px from a machine's centre to its body's edge: an arrow at one partly in view stops short of it
# px round the target within which a machine's centre may put its body under the numbers: their widest half, the
# diamond at its biggest, the plate, its slide and a body
NEAR = 260
TIP_GAP = 4  # px between an arrow's tip and the cover's edge or the machine's body it points past
ARROW_TAIL = ARROW_LENGTH  # px from an arrow's tip back to its tail (markers.arrow)
ARROW_HALF = math.ceil(ARROW_LENGTH * math.sin(ARROW_SPREAD)) + 1  # its head's half width (markers.arrow), a pixel more
TIP_EDGE_ROOM = 24  # px from the screen's edge: an arrow's tip nearer than that would be cut, so that side is not open
# px in from the screen's edge a target must be to be marked where it is: one nearer the edge, or past it, is pointed
# at by an edge arrow (markers.edge_arrow) instead
IN_VIEW_MARGIN = 12
PLATE_SLIDE = 40  # px further from the target the numbers may go to keep off an objective's outline and label
# px less slide the other side must need before the numbers leave the side they stand on for it: more than a machine
# weaving moves in a frame or two, so they do not flip over and back
HOLD_SIDE = 12


def advice_label(advice, locked: bool = False) -> str:
    """What the kill is worth, in the game's words, read after "REI" as her order: the fire it costs and the threat it
    takes away ("KILL IN 1.8 s · −64% THREAT"; "<0.1 s" for a kill one shot away, which would otherwise read as the
    0.0 s of no time at all). A bare "64% · 1.8s" left a new pilot asking 64 % of what, and "−64% THREAT IN 1.8 s"
    what the threat did in 1.8 s: the seconds belong to the kill. The share rounded as Rei's line rounds it
    (speech._advice_values), so the same advice reads the same figure in both. `locked`: the Layzner vents an overheat,
    its weapons locked (the kill's seconds count the wait for them): said first, in the share's place, so the marker
    never reads as a kill to make now."""
    seconds = advice.seconds_to_kill
    kill = f"{seconds:.1f} s" if seconds >= 0.05 else "<0.1 s"
    if locked:
        return f"WEAPONS LOCKED{SEP}KILL IN {kill}"
    return f"KILL IN {kill}{SEP}−{round(advice.threat_share * 100)}% THREAT"


class ReiMarker:
    """A cyan diamond of brackets on Rei's recommended target, distinct from the missile lock's square."""

    def __init__(self) -> None:
        self.target: int | None = None
        self.advice = None  # the advice last marked (kept while the marker fades out)
        # (Rei's line recommending it, the advice as it stood when she said it): while that line is on her panel and
        # the target is the same, the numbers are the ones it quotes, not a live figure drifting from them
        self.quoted: tuple | None = None
        self.start: tuple[float, float] | None = None  # world point the slide to this target began at
        self.slide = 1.0  # 0..1 of that slide done
        self.point: tuple[float, float] | None = None  # world point last drawn at
        self.shown = 0.0  # 0..1: fades in and out
        self.side = ""  # where the numbers stood last frame: "below", "above", "left" or "right" of the target
        self.box: pygame.Rect | None = None  # what the marker covered on screen this frame (None: nothing there)
        self._canvas = pygame.Surface((260, 230), pygame.SRCALPHA)  # the diamond at its widest, a plate above or below
        # (grown by _canvas_of for a plate slid beside it)

    def update(self, game, dt: float, line=None) -> None:
        """`line`: the line on Rei's panel now (advisor_panel.Line), None when it shows none."""
        advice = game.res.advice
        if line is None or line.key != "rei.recommend":
            self.quoted = None
        elif self.quoted is None or self.quoted[0] is not line:  # said now: her figures are those standing now,
            # unless it was held up and said late, with figures moved on since (speech.outdated), when none is kept
            fresh = advice is not None and not outdated(game.world, game.res, line.key, line.text)
            self.quoted = (line, advice if fresh else None)
        if game.res.fouron.active:  # Fouron cuts Rei off: no fade, the marker is simply gone
            self.shown, self.target, self.advice = 0.0, None, None
            return
        if game.outcome is not None:  # decided: nothing is left to advise, and the last blast is no target
            self.shown, self.target, self.advice = 0.0, None, None
            return
        if _down(game, self.target):
            # Its machine is down: the brackets fade out on the wreck (its numbers gone at once: draw), then appear on
            # the next in place. Sliding over from the wreck read as the dead machine's brackets showing the next
            # one's numbers.
            if self.shown > 0:
                self.shown = max(0.0, self.shown - dt / APPEAR_TIME)
                self.slide = 1.0  # where it was last drawn, were it still sliding there
                return
            self.target = None
        gone = game.world.try_get(game.player, Position) is None  # the Layzner is lost: Rei advises no one
        if gone or advice is None or game.world.try_get(advice.target, Position) is None:
            self.shown = max(0.0, self.shown - dt / APPEAR_TIME)
            return
        if advice.target != self.target:
            self.start = self.point if self.shown > 0 else None  # slide from where it was; appear in place
            self.target, self.slide, self.side = advice.target, 0.0, ""
        self.advice = advice
        self.slide = min(1.0, self.slide + dt / SLIDE_TIME)
        self.shown = min(1.0, self.shown + dt / APPEAR_TIME)

    def draw(self, surface, game, camera, alpha: float, seconds: float, hud, panel: pygame.Rect | None = None,
             marks=((), ()), drawn=None) -> None:
        """`hud`: the HUD's plates this frame (hud_plates.plates), and a level's message's (Hud.message_box); `panel`:
        where Rei's panel will cover the screen this frame; `marks`: the objectives' outlines and labels on screen, as
        objective_markers returns them; `drawn`: the machines this frame drew (loom.Drawn), whose places on screen are
        worked out already (without it, each machine's is). The numbers go above the target rather than under the
        panel or the HUD, and keep off the objectives' marks; a target under the covers, or too near for its diamond to
        show whole, is pointed at from their open side (_pointer)."""
        self.box = None
        if self.shown <= 0 or self.advice is None:
            return
        pos = game.world.try_get(self.target, Position) if self.target is not None else None
        goal = between(pos, alpha) if pos is not None else self.point
        if goal is None:
            return
        ease = 1.0 - (1.0 - self.slide) ** 3
        if self.start is not None and self.slide < 1.0:
            goal = (self.start[0] + (goal[0] - self.start[0]) * ease, self.start[1] + (goal[1] - self.start[1]) * ease)
        self.point = goal
        x, y = camera.to_screen(*goal)
        if not surface.get_rect().inflate(-2 * IN_VIEW_MARGIN, -2 * IN_VIEW_MARGIN).collidepoint(x, y):
            _point_off_screen(surface, x, y)
            return
        covers = hud + ([panel] if panel is not None else [])
        areas, labels = marks

        bodies = _bodies(game, camera, alpha, x, y, self.target) if drawn is None else \
            _drawn_bodies(drawn, game.player, x, y, self.target)

        def in_way(plate, others=True, outlines=True) -> pygame.Rect | None:
            """The objective's label, the bounds of the outline (and its clearance; with `outlines`), or the body of
            the Layzner (or, with `others`, of another machine near the target) that `plate` is on, if any."""
            hit = plate.collidelist(labels)
            if hit >= 0:
                return labels[hit]
            outline = next((bounds.inflate(2 * PLATE_CLEARANCE, 2 * PLATE_CLEARANCE) for region, bounds in areas
                            if crosses_outline(plate, region, bounds, camera)), None) if outlines else None
            if outline is not None:
                return outline
            hit = plate.collidelist(bodies if others else bodies[:1])
            return bodies[hit] if hit >= 0 else None
        screen = surface.get_rect()
        quoted = self.quoted[1] if self.quoted is not None else None
        heat = game.world.try_get(game.player, Heat)
        label = advice_label(quoted if quoted is not None and quoted.target == self.advice.target else self.advice,
                             heat is not None and heat.overheated)
        size = _plate_size(label)
        room = _room(x, y, covers) - STROKE  # the most the diamond may reach before a cover hides some of it
        pointer = _pointer(x, y, covers, screen, size, in_way) if room < MARKER_REACH + BREATH else None
        if pointer is not None:  # an arrow from the open side at the target, its numbers beyond the arrow's tail
            tip, way, plate = pointer
            mark = _arrow_body(tip, way)
        else:
            # Closing in: big as it appears or starts to slide, settling to size, then breathing gently; never so big
            # that a cover hides a point of it (unless no side was open to point from).
            reach = MARKER_REACH * (1.0 + 0.6 * (1.0 - ease)) + BREATH * math.sin(seconds * 3.0)
            reach = min(reach, max(room, MARKER_REACH + BREATH))
            box = math.ceil(reach) + STROKE
            mark = pygame.Rect(round(x) - box, round(y) - box, 2 * box, 2 * box)
            # Clear of the objectives' marks and every machine near if it can be; else across an outline rather than
            # on a machine (a line crossed hides less than a machine the pilot must watch); else off the Layzner.
            plate, self.side = _plate_clear(size, x, y, reach, covers, screen, (
                in_way, lambda plate: in_way(plate, outlines=False), lambda plate: in_way(plate, others=False)),
                self.side)
        # A kill's worth on a machine already down is a figure for nothing: the brackets fade, the numbers are gone
        figures = not _down(game, self.target)
        area = mark.union(plate) if figures else mark
        canvas = self._canvas_of(area.size)
        if pointer is not None:
            arrow(canvas, (tip[0] - area.x, tip[1] - area.y), math.atan2(-way[1], -way[0]), CYAN)
        else:
            _diamond(canvas, x - area.x, y - area.y, reach)
        if figures:
            _draw_plate(canvas, plate.move(-area.x, -area.y), label)
        canvas.set_alpha(round(255 * self.shown))
        surface.blit(canvas, area.topleft, area=pygame.Rect(0, 0, area.w, area.h))
        self.box = area

    def _canvas_of(self, size) -> pygame.Surface:
        """The marker's canvas, cleared, at least `size`: drawn there whole, then blitted at its fade's strength."""
        canvas = self._canvas
        if canvas.get_width() < size[0] or canvas.get_height() < size[1]:
            canvas = self._canvas = pygame.Surface((max(size[0], canvas.get_width()),
                                                    max(size[1], canvas.get_height())), pygame.SRCALPHA)
        canvas.fill((0, 0, 0, 0), pygame.Rect((0, 0), size))
        return canvas


def _down(game, target: int | None) -> bool:
    """Whether the machine `target` is down, destroyed or disabled (its pilot gone): it no longer fights, and the
    HOSTILES count has already let it go."""
    return target is not None and not game.world.has(target, Brain)


def _point_off_screen(surface, x: float, y: float) -> None:
    """A target off the screen (at x, y on it): an arrow at the edge pointing its way, REI beside it toward the
    middle."""
    tip = edge_arrow(surface, (x, y), CYAN)
    centre = surface.get_rect().center
    towards = math.atan2(centre[1] - tip[1], centre[0] - tip[0])
    draw_text(surface, "REI", (tip[0] + math.cos(towards) * 34, tip[1] + math.sin(towards) * 34), 20, CYAN,
              anchor="center", bold=True)


def _bodies(game, camera, alpha: float, x: float, y: float, target) -> list[pygame.Rect]:
    """On screen, the bodies the numbers keep off: the Layzner's first, then those of the other machines within NEAR
    px of `target` at (x, y) (not the target's own, inside the diamond), nearest first."""
    world, positions = game.world, game.world.index(Position)
    found = []
    for entity in world.index(Unit):
        pos = positions.get(entity)
        if pos is None or entity == target:
            continue
        sx, sy = camera.to_screen(*between(pos, alpha))
        near = max(abs(sx - x), abs(sy - y))
        if entity == game.player or near < NEAR:
            body = pygame.Rect(round(sx) - BODY, round(sy) - BODY, 2 * BODY, 2 * BODY)
            found.append((entity != game.player, near, entity, body))
    return [body for *_, body in sorted(found)]


def _drawn_bodies(drawn, player, x: float, y: float, target) -> list[pygame.Rect]:
    """_bodies from the machines the frame drew (loom.Drawn), their places on screen already worked out, on arrays:
    the same bodies in the same order (those it culled are too far off screen for a body to show), without visiting
    each machine in Python (some 100 near the target in the stress scene: 0.2 ms a frame)."""
    shown = drawn.shown
    sx, sy = drawn.sx[shown], drawn.sy[shown]
    near = np.maximum(np.abs(sx - x), np.abs(sy - y))
    entities = np.asarray(drawn.entities)[shown]
    others = entities != player
    keep = np.flatnonzero(((near < NEAR) | ~others) & (entities != target))
    keep = keep[np.lexsort((entities[keep], near[keep], others[keep]))]  # the Layzner, then the nearest first
    lefts = (np.round(sx[keep]) - BODY).astype(np.intp).tolist()  # round half to even, as round() does
    tops = (np.round(sy[keep]) - BODY).astype(np.intp).tolist()
    return [pygame.Rect(left, top, 2 * BODY, 2 * BODY) for left, top in zip(lefts, tops)]


def _room(x: float, y: float, covers) -> float:
    """px from (x, y) to the nearest cover along x or y, where the diamond's points lie (below 0: under one)."""
    return min(max(cover.left - x, x - cover.right, cover.top - y, y - cover.bottom) for cover in covers)


def _pointer(x: float, y: float, covers, screen: pygame.Rect, size, in_way):
    """(tip, outward unit vector, plate) of the arrow that points at a target at (x, y) under a cover, or near enough
    one that the cover would hide part of its diamond, and of the plate of `size` past its tail: from the way that
    gets the arrow out from under every cover soonest with its plate clear of them too, on screen, past the machine's
    body, so the arrow never sits on the part of it in view; a way whose plate is clear of the objectives' marks
    (nothing `in_way`) before one whose plate is not. None when no way is open."""
    best = None
    open_ground = screen.inflate(-2 * TIP_EDGE_ROOM, -2 * TIP_EDGE_ROOM)
    for way in ((0, -1), (0, 1), (-1, 0), (1, 0)):
        out = BODY + TIP_GAP
        for _ in range(len(covers) + 1):  # out past each cover in turn: Rei's panel stands on the gauges
            tip = (x + way[0] * out, y + way[1] * out)
            under = _arrow_body(tip, way).collidelist(covers)
            if under < 0:
                break
            out = _beyond(covers[under], x, y, way)
        if under >= 0 or not open_ground.collidepoint(tip):
            continue
        plate = _slid_clear(_plate_beyond(size, tip, way), covers, screen)
        rank = (in_way(plate) is not None, out)
        if plate.collidelist(covers) < 0 and (best is None or rank < best[0]):
            best = (rank, tip, way, plate)
    return None if best is None else best[1:]


def _arrow_body(tip, way) -> pygame.Rect:
    """What an arrow with its tip at `tip`, pointing against `way`, covers, its shadow too."""
    tail = (tip[0] + way[0] * ARROW_TAIL, tip[1] + way[1] * ARROW_TAIL)
    across = (ARROW_HALF * abs(way[1]), ARROW_HALF * abs(way[0]))
    left, top = min(tip[0], tail[0]) - across[0], min(tip[1], tail[1]) - across[1]
    right, bottom = max(tip[0], tail[0]) + across[0] + 2, max(tip[1], tail[1]) + across[1] + 2
    return pygame.Rect(math.floor(left), math.floor(top), math.ceil(right - left), math.ceil(bottom - top))


def _beyond(cover: pygame.Rect, x: float, y: float, way) -> float:
    """px from (x, y), along `way`, to just past that side of `cover`."""
    side = {(0, -1): y - cover.top, (0, 1): cover.bottom - y, (-1, 0): x - cover.left, (1, 0): cover.right - x}[way]
    return side + TIP_GAP


def _plate_size(label: str) -> tuple[int, int]:
    """The numbers' plate ("REI KILL IN 1.3 s · −42% THREAT"): its width and height."""
    return font(20, True).size("REI ")[0] + font(20).size(label)[0] + 14, PLATE_HEIGHT


def _plate_beyond(size, tip, way) -> pygame.Rect:
    """The plate past the tail of an arrow whose tip is at `tip`, pointing against `way`."""
    plate = pygame.Rect((0, 0), size)
    anchor = {(0, -1): "midbottom", (0, 1): "midtop", (-1, 0): "midright", (1, 0): "midleft"}[way]
    setattr(plate, anchor, (round(tip[0] + way[0] * (ARROW_TAIL + 8)), round(tip[1] + way[1] * (ARROW_TAIL + 8))))
    return plate


def _plate_clear(size, x: float, y: float, reach: float, covers, screen: pygame.Rect, in_ways,
                 last: str = "") -> tuple[pygame.Rect, str]:
    """(the plate, the side of the target it is on). The plate under the diamond, else above it (along the screen's
    side by one), whichever is whole on screen, under no cover and clear of what the first of `in_ways` finds in its
    way (the objectives' outlines and labels, the machines' bodies); failing that, the one of the two that gets clear
    of it in the shortest slide away from the target (PLATE_SLIDE px at most), the side it stood on `last` kept unless
    the other's slide is HOLD_SIDE px shorter or the plate under the diamond needs none; failing that, beside the
    diamond, right or left, by the same; failing those, both again by the next of `in_ways` (less to keep off, the
    last of them the Layzner alone); failing that, below or above slid past the Layzner however far; failing that, the
    first under no cover; with a cover in the way of both (Rei's panel beside the target), the first of the two that
    slides sideways clear of every cover (her numbers are wide: slid off one cover, the plate under the target may land
    on the next), else the one under it, slid."""
    below, above = pygame.Rect((0, 0), size), pygame.Rect((0, 0), size)
    below.midtop = (round(x), round(y + reach + 8))
    above.midbottom = (round(x), round(y - reach - 8))
    places = [(plate, way, side) for plate, way, side in ((_along(below, screen), 1, "below"),
                                                          (_along(above, screen), -1, "above"))
              if screen.contains(plate) and plate.collidelist(covers) < 0]
    right, left = pygame.Rect((0, 0), size), pygame.Rect((0, 0), size)
    right.midleft = (round(x + reach + 8), round(y))
    left.midright = (round(x - reach - 8), round(y))
    beside = [(plate, side) for plate, side in ((right, "right"), (left, "left"))
              if screen.contains(plate) and plate.collidelist(covers) < 0]
    # Beside the diamond, clear of all, before below or above across what the next of `in_ways` lets them cross: a
    # Layzner under its target sent them across an objective's ring and count with the side beside it free
    for in_way in in_ways:
        found = _slid(places, covers, screen, in_way)
        if found:
            return _steady(found, last, usual="below")
        found = [(0, side, plate) for plate, side in beside if in_way(plate) is None]
        if found:
            return _steady(found, last)
    found = _slid(places, covers, screen, in_ways[-1], screen.height)  # past the Layzner, however far it takes
    if found:
        return _steady(found, last, usual="below")
    if places:
        return places[0][0], places[0][2]
    slid_clear = [moved for moved in (_slid_clear(below, covers, screen), _slid_clear(above, covers, screen))
                  if moved.collidelist(covers) < 0]
    return (slid_clear[0] if slid_clear else _slid_clear(below, covers, screen)), ""


def _slid(places, covers, screen: pygame.Rect, in_way, most: int = PLATE_SLIDE) -> list:
    """(slide, side, plate) for each of `places` (plate, way, side) that gets clear of what `in_way` finds in its way
    in a slide of `most` px at most (_slide)."""
    slid = [(_slide(plate, way, covers, screen, in_way, most), plate, side) for plate, way, side in places]
    return [(abs(moved.y - plate.y), side, moved) for moved, plate, side in slid if moved is not None]


def _steady(found, last: str, usual: str = "") -> tuple[pygame.Rect, str]:
    """Of `found`, (slide, side, plate) each, the plate and side with the shortest slide (the first, of two as short),
    unless the side it stood on `last` is among them with a slide no more than HOLD_SIDE px longer: that one. The
    `usual` side with nothing in its way is taken whatever `last`: the numbers go back under their target once they
    can stand there."""
    slide, side, plate = min(found, key=lambda place: place[0])
    if side == usual and slide == 0:
        return plate, side
    kept = next((place for place in found if place[1] == last and place[0] <= slide + HOLD_SIDE), None)
    return (kept[2], kept[1]) if kept is not None else (plate, side)


def _slide(plate: pygame.Rect, way: int, covers, screen: pygame.Rect, in_way, most: int) -> pygame.Rect | None:
    """`plate` slid down (`way` 1) or up (-1) just past each mark or body in its way in turn, whole on screen and under
    no cover, no more than `most` px; None when it cannot get clear so."""
    moved = plate
    while True:
        mark = in_way(moved)
        if mark is None:
            return moved
        moved = moved.copy()
        if way > 0:
            moved.top = mark.bottom + 1
        else:
            moved.bottom = mark.top - 1
        if abs(moved.y - plate.y) > most or not screen.contains(moved) or moved.collidelist(covers) >= 0:
            return None


def _along(plate: pygame.Rect, screen: pygame.Rect) -> pygame.Rect:
    """`plate` slid sideways onto the screen if it is past a side: never up or down, onto the diamond."""
    return pygame.Rect(min(max(plate.x, screen.left), screen.right - plate.w), plate.y, plate.w, plate.h)


def _slid_clear(plate: pygame.Rect, covers, screen: pygame.Rect) -> pygame.Rect:
    """`plate` slid sideways out from under each cover it is under, away from that cover's middle, kept on screen."""
    plate = plate.copy()
    for cover in covers:
        if plate.colliderect(cover):
            if plate.centerx >= cover.centerx:
                plate.left = cover.right + TIP_GAP
            else:
                plate.right = cover.left - TIP_GAP
    return plate.clamp(screen)


def _draw_plate(canvas, plate: pygame.Rect, label: str) -> None:
    pygame.draw.rect(canvas, (*PANEL, 190), plate)
    pygame.draw.line(canvas, CYAN, plate.topleft, (plate.right - 1, plate.top))
    draw_text(canvas, "REI", (plate.x + 7, plate.y + 4), 20, CYAN, bold=True, shadow=False)
    draw_text(canvas, label, (plate.x + 7 + font(20, True).size("REI ")[0], plate.y + 4), 20, WHITE, shadow=False)


def _diamond(canvas, cx: float, cy: float, reach: float) -> None:
    """Four chevrons at the points of a diamond round (cx, cy), each with a dark edge so it reads on any ground."""
    points = [(cx, cy - reach), (cx + reach, cy), (cx, cy + reach), (cx - reach, cy)]
    arm = 15 / math.sqrt(2)
    for i, (px, py) in enumerate(points):
        chevron = []
        for neighbour in (points[i - 1], points[(i + 1) % 4]):
            dx, dy = neighbour[0] - px, neighbour[1] - py
            size = math.hypot(dx, dy)
            chevron.append((px + dx / size * arm * math.sqrt(2), py + dy / size * arm * math.sqrt(2)))
        shape = [chevron[0], (px, py), chevron[1]]
        pygame.draw.lines(canvas, (0, 0, 0, 200), False, [(a + 1, b + 2) for a, b in shape], 5)
        pygame.draw.lines(canvas, CYAN, False, shape, 3)
        inward = (cx - px, cy - py)
        size = math.hypot(*inward)
        pygame.draw.line(canvas, CYAN, (px, py), (px + inward[0] / size * 7, py + inward[1] / size * 7), 2)

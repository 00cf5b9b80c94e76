"""F3's view of what a map holds but play does not show: trigger and zone regions, patrol paths, the spawns, and the
objectives' ids, each labelled, drawn in the world under the HUD for a designer playtesting a level."""

import math

import pygame

from game.sim.resources import objectives_open
from game.view.markers import play_band
from game.view.overlays import debug_plate
from game.view.text import AMBER, DIM, PANEL, WHITE, draw_text, fit, font

TRIGGER = (240, 110, 225)  # colours of their own: none is a colour the game's art or HUD already uses for a mark
ZONE = (80, 225, 190)
PATROL = (125, 180, 255)
ENEMY = (255, 100, 85)
GATE = (90, 143, 214)  # as the gate class's colour in Tiled
PLAYER = (130, 235, 115)
OBJECTIVE = AMBER  # as the objective's own marker
SPENT = DIM  # a once trigger that has fired, an objective reached: still shown, but as done

LINE = 2  # px: outlines and paths
DASH, GAP = 9, 6  # px: what is done is outlined in dashes
TITLE, DETAIL = 20, 17  # px: label rows, the object's id and name, then what it does
EXCERPT = 300  # px a message trigger's words may take on its label, cut with "…" past it
LABELS_KEPT = 256  # label plates kept; a trigger's count of firings is the only label that keeps changing
ELLIPSE_STEP = 12  # px of an ellipse's edge between the corners of the polygon that draws it


class LevelMarks:
    """What F3 draws of one level. Built on its first draw, never while F3 is off: the shapes in map pixels, found
    once, and each label's plate, rendered once for its words."""

    def __init__(self, level) -> None:
        self.level = level
        self.shapes = None  # {what: [(object, points, closed, bounds)]}, on the first draw
        self.labels: dict[tuple, pygame.Surface] = {}
        self.fills: dict[tuple, pygame.Surface] = {}  # ("zones" or "triggers", index) → its inside (see _fill)
        self.scratch: pygame.Surface | None = None  # where a region larger than the screen is filled

    def draw(self, surface, game, camera, words: list) -> None:
        """The marks and then their labels. `words`: where objective_markers writes each objective's order and hold
        count this frame (its labels' rects): the labels keep off them."""
        self.draw_labels(surface, self.draw_marks(surface, game, camera), words)

    def draw_marks(self, surface, game, camera) -> list:
        """The marks alone, under the game's markers; returns their labels, for draw_labels to lay over them."""
        if self.shapes is None:
            self.shapes = _shapes(self.level)
        left, top, view = camera.left, camera.top, surface.get_rect()
        labels = []  # (anchor, accent, rows): drawn last, over every line
        self._areas(surface, game.res, left, top, view, labels)
        for walkers, points, closed, bounds in self.shapes["patrols"]:
            if _shown(bounds, left, top, view):
                labels.append(self._patrol(surface, walkers, _on_screen(points, left, top), closed, view))
        for spawn in self.level.enemy_spawns:
            x, y = spawn.x - left, spawn.y - top
            if view.collidepoint(x, y):
                _diamond(surface, (x, y))
                labels.append((_beside(x, y), ENEMY, (
                    (f"enemy #{spawn.object_id} {spawn.name}".rstrip(), TITLE, ENEMY),
                    (spawn.kind + (", holds post" if spawn.holds_post else "")
                     + (f", arrives on #{spawn.arrives}" if spawn.arrives else "")
                     + (f", from {spawn.difficulty}" if spawn.difficulty != "easy" else ""), DETAIL, WHITE))))
        ident, (x, y) = self.shapes["player"]
        x, y = x - left, y - top
        if view.collidepoint(x, y):
            _crosshair(surface, (x, y))
            labels.append((_beside(x, y), PLAYER, ((f"player {ident}".rstrip(), TITLE, PLAYER),
                                                   ("spawn", DETAIL, WHITE))))
        return labels

    def draw_labels(self, surface, labels: list, keep_off) -> list[pygame.Rect]:
        """`labels` (draw_marks'), each on its plate, clear of one another, of F3's figures and of `keep_off`: the
        objectives' words, the game's markers they are drawn over (Rei's), so the marker and the label both read, the
        advisors' panel while it is up, and the Layzner, which a label stacked up from a crowded spot met. Returns
        where the labels lie on screen (the level's title card keeps off them)."""
        band = play_band(surface)
        placed = [debug_plate(surface), *(rect.inflate(0, 2).move(0, 1) for rect in keep_off)]
        kept = len(placed)  # what no label lies over while it can lie over another label instead
        for anchor, accent, rows in labels:
            self._label(surface, rows, accent, anchor, band, placed, kept)
        return placed[kept:]

    def _areas(self, surface, res, left, top, view, labels: list) -> None:
        """Zones and triggers, filled and outlined; objectives labelled, and outlined once reached."""
        zones, triggers, fills = [], [], []
        for index, (zone, points, _, bounds) in enumerate(self.shapes["zones"]):
            if _shown(bounds, left, top, view):
                shape = _on_screen(points, left, top)
                zones.append(shape)
                # the thicker the storm, the cloudier
                fills.append((("zones", index), points, bounds, ZONE, round(20 + 50 * zone.strength)))
                labels.append((_inside(shape, zone.region.shape), ZONE, (
                    (f"zone #{zone.object_id} {zone.name}".rstrip(), TITLE, ZONE),
                    (f"{zone.kind}, strength {zone.strength:g}", DETAIL, WHITE))))
        for index, ((trigger, points, _, bounds), state) in enumerate(zip(self.shapes["triggers"], res.triggers)):
            if _shown(bounds, left, top, view):
                shape, spent = _on_screen(points, left, top), trigger.once and state.fired > 0
                triggers.append((shape, spent))
                if not spent:  # deeper while the player is inside
                    fills.append((("triggers", index), points, bounds, TRIGGER, 60 if state.inside else 28))
                labels.append((_inside(shape, trigger.region.shape), SPENT if spent else TRIGGER,
                               _trigger_rows(trigger, state, spent)))
        self._fill(surface, fills, left, top)
        for shape in zones:
            pygame.draw.polygon(surface, ZONE, shape, LINE)
        for shape, spent in triggers:
            if spent:  # done with: dimmed and dashed, no longer a place that does something
                dashed(surface, SPENT, shape, view)
            else:
                pygame.draw.polygon(surface, TRIGGER, shape, LINE)
        opened = objectives_open(res.level, res.objectives_reached)
        names = {objective.object_id: objective.name for objective in res.level.objectives}
        for (objective, points, _, bounds), done, open_ in zip(self.shapes["objectives"], res.objectives_reached,
                                                               opened):
            if _shown(bounds, left, top, view):
                shape = _on_screen(points, left, top)
                if done:  # the game's own marker has gone with it: the designer still sees where it was
                    dashed(surface, SPENT, shape, view)
                elif not open_:  # the game hides it until its `after` is reached: the designer sees it waiting
                    dashed(surface, OBJECTIVE, shape, view)
                detail = "reached" if done else (f"hold {objective.hold:g} s" if objective.hold else "step in")
                if not done and not open_:  # named as Tiled's Properties show it, as the patrols' walkers are
                    first = f"#{objective.after} {names.get(objective.after, '')}".rstrip()
                    detail = f"closed until {first} is reached; {detail}"
                # under it: the game writes the order and the hold's count over it
                labels.append((_below(shape), SPENT if done else OBJECTIVE, (
                    (f"objective #{objective.object_id} {objective.name}".rstrip(), TITLE,
                     SPENT if done else OBJECTIVE), (detail, DETAIL, WHITE))))
        self._gates(surface, res, left, top, view, labels)

    def _gates(self, surface, res, left, top, view, labels: list) -> None:
        """Gates, outlined while shut and dashed while open, labelled with what works them and how they stand."""
        names = {place.object_id: place.name for place in (*res.level.triggers, *res.level.objectives)}
        for gate, state in zip(self.level.gates, res.gates):
            region = gate.region
            shape = _on_screen([(region.x, region.y), (region.x + region.width, region.y),
                                (region.x + region.width, region.y + region.height),
                                (region.x, region.y + region.height)], left, top)
            if not view.colliderect(pygame.Rect(shape[0], (region.width, region.height))):
                continue
            if state.shut:
                pygame.draw.polygon(surface, GATE, shape, LINE)
            else:
                dashed(surface, GATE, shape, view)
            switch = f"#{gate.switch} {names.get(gate.switch, '')}".rstrip()
            if gate.starts_shut:
                detail = f"opened by {switch}" if state.worked else f"shut, opens on {switch}"
            else:
                detail = (f"shut by {switch}" if state.shut else "waiting to shut: a machine in it"
                          if state.worked else f"open, shuts on {switch}")
            labels.append((_below(shape), GATE, ((f"gate #{gate.object_id} {gate.name}".rstrip(), TITLE, GATE),
                                                 (detail, DETAIL, WHITE))))

    def _fill(self, surface, fills, left: float, top: float) -> None:
        """The translucent insides. pygame.draw does not blend: each is drawn opaque onto a surface of its own, once,
        and blitted at its alpha. One larger than the screen (a map-wide zone) is drawn each frame, clipped, onto a
        scratch surface instead: a surface of its own would take megabytes for the part that shows."""
        for key, points, bounds, color, alpha in fills:
            image = self.fills.get(key)
            if image is None and bounds.width * bounds.height <= surface.get_width() * surface.get_height():
                image = self.fills[key] = pygame.Surface(bounds.size, pygame.SRCALPHA)
                pygame.draw.polygon(image, color, [(x - bounds.x, y - bounds.y) for x, y in points])
            if image is not None:
                image.set_alpha(alpha)
                surface.blit(image, (round(bounds.x - left), round(bounds.y - top)))
                continue
            if self.scratch is None or self.scratch.get_size() != surface.get_size():
                self.scratch = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            dirty = pygame.draw.polygon(self.scratch, (*color, alpha), _on_screen(points, left, top))
            surface.blit(self.scratch, dirty, dirty)
            self.scratch.fill((0, 0, 0, 0), dirty)

    def _patrol(self, surface, walkers, shape, closed, view) -> tuple:
        """The path, arrows on its legs the way it is walked, and its corners: the route the spawns named take."""
        legs = list(zip(shape, shape[1:] + shape[:1] if closed else shape[1:]))
        pygame.draw.lines(surface, PATROL, closed, shape, LINE)
        for start, end in legs:
            middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            if view.collidepoint(middle):
                angle = math.atan2(end[1] - start[1], end[0] - start[0])
                # walked there and back: a head at each end of the middle of the leg, <-->, else one head, ->
                _chevron(surface, middle, angle, 4 if closed else 18)
                if not closed:
                    _chevron(surface, middle, angle + math.pi, 18)
        for i, point in enumerate(shape):
            pygame.draw.circle(surface, (0, 0, 0), point, 6 if i == 0 else 5)
            pygame.draw.circle(surface, PATROL, point, 4 if i == 0 else 3)
        # its label on the longest piece of a leg in view, clear of the spawn on its first point
        band = play_band(surface)
        pieces = [piece for piece in (band.clipline(*leg) for leg in legs) if piece]
        start, end = max(pieces, key=lambda piece: math.dist(*piece)) if pieces else legs[0]
        name, spawns = walkers
        rows = ((f"patrol {name}".rstrip(), TITLE, PATROL),
                (("a loop" if closed else "there and back") + ", walked by", DETAIL, WHITE),
                *((f"#{spawn.object_id} {spawn.name}".rstrip(), DETAIL, WHITE) for spawn in spawns))
        return _beside((start[0] + end[0]) / 2, (start[1] + end[1]) / 2), PATROL, rows

    def _label(self, surface, rows, accent, anchor, band, placed: list, kept: int) -> None:
        """A label's plate at the first of its spots that is clear of labels already placed, in the play band; at
        the first, stacked past them (_stacked), when none is."""
        plate = self.labels.get((rows, accent))
        if plate is None:
            if len(self.labels) >= LABELS_KEPT:
                self.labels.clear()
            plate = self.labels[rows, accent] = _plate(rows, accent)
        top, bottom, spots = anchor(*plate.get_size())
        if top > band.bottom or bottom < band.top:
            return  # what it names is wholly under the HUD's plates: the label would name nothing in view
        inner = band.inflate(-8, -8)
        rects = [plate.get_rect(topleft=spot).clamp(inner) for spot in spots]
        rect = next((rect for rect in rects if rect.collidelist(placed) < 0), None)
        if rect is None:  # labels over one another (a message over its alarm) are stacked
            rect = _stacked(rects[0], placed, inner, kept)
        placed.append(rect)
        surface.blit(plate, rect)


def _stacked(rect: pygame.Rect, placed: list, inner: pygame.Rect, kept: int) -> pygame.Rect:
    """`rect` moved down the least that clears every one of `placed`, or where that runs out of `inner` (the play band:
    under it are the HUD's gauges), up the least; where neither can, the same clear of the first `kept` of them alone
    (F3's figures and what the labels keep off: markers, the advisors' panel, the Layzner), over other labels; where
    not even that can, left where it was, in view over them."""
    for avoid in (placed, placed[:kept]):
        # where it may stop: where it is, or against one of them, above or below
        tops = [rect.top, *(other.bottom + 2 for other in avoid), *(other.top - 2 - rect.height for other in avoid)]
        clear = [top for top in tops if inner.top <= top <= inner.bottom - rect.height
                 and rect.move(0, top - rect.top).collidelist(avoid) < 0]
        below = [top for top in clear if top >= rect.top]
        if clear:
            return rect.move(0, (min(below) if below else max(clear)) - rect.top)
    return rect


def _inside(shape, kind: str):
    """A region's label: inside its top left corner; an ellipse's, whose corner lies outside it, centred across it a
    quarter of the way down (where it is 0.87 of its width); a polygon's (any outline) on the middle of its corners."""
    xs, ys = [x for x, _ in shape], [y for _, y in shape]
    low_y, high_y = min(ys), max(ys)

    def spots(width: int, height: int) -> tuple:
        if kind == "rectangle":
            spot = (min(xs) + 6, low_y + 6)
        elif kind == "ellipse":
            spot = ((min(xs) + max(xs) - width) / 2, low_y + (high_y - low_y) / 4)
        else:
            spot = (sum(xs) / len(xs) - width / 2, sum(ys) / len(ys) - height / 2)
        return low_y, high_y, [(round(spot[0]), round(spot[1]))]
    return spots


def _below(shape):
    """An objective's label: under its left side, else inside its top left corner."""
    low_x, low_y = min(x for x, _ in shape), min(y for _, y in shape)
    high_y = max(y for _, y in shape)
    return lambda width, height: (low_y, high_y, [(round(low_x), round(high_y) + 6),
                                                  (round(low_x) + 6, round(low_y) + 6)])


def _beside(x: float, y: float):
    """A point's label: below right of it, else above right, below left, above left, clear of the machine on it."""
    x, y = round(x), round(y)
    return lambda width, height: (y, y, [(x + 14, y + 12), (x + 14, y - 12 - height), (x - 14 - width, y + 12),
                                         (x - 14 - width, y - 12 - height)])


def _trigger_rows(trigger, state, spent: bool) -> tuple:
    """What a trigger does and where it stands: armed, fired (and how often), spent; with the player inside or not."""
    if spent:
        status = "spent"
    elif state.fired:
        status = f"fired {state.fired}x"
    else:
        status = "armed"
    rows = [(f"trigger #{trigger.object_id} {trigger.name}".rstrip(), TITLE, SPENT if spent else TRIGGER),
            (f"{trigger.action}, {'once' if trigger.once else 'every entry'}: {status}"
             + (", inside" if state.inside else ""), DETAIL, WHITE)]
    if trigger.action == "message" and trigger.text:
        text, size = fit(f"\"{trigger.text}\"", DETAIL, EXCERPT, DETAIL)
        rows.append((text, size, DIM))
    elif trigger.action == "advise":
        rows.append((f"situation: {trigger.situation}", DETAIL, DIM))
    return tuple(rows)


def _plate(rows, accent) -> pygame.Surface:
    """The rows on a dark plate with a strip of the object's colour down its left: legible over any ground."""
    lines = [font(size, bold=size == TITLE).get_linesize() for _, size, _ in rows]
    width = max(font(size, bold=size == TITLE).size(text)[0] for text, size, _ in rows) + 16
    plate = pygame.Surface((width, sum(lines) + 6), pygame.SRCALPHA)
    plate.fill((*PANEL, 205))
    plate.fill((*accent, 255), (0, 0, 3, plate.get_height()))
    y = 3
    for (text, size, color), line in zip(rows, lines):
        draw_text(plate, text, (9, y), size, color, bold=size == TITLE, shadow=False)
        y += line
    return plate


def dashed(surface, color, shape, view) -> None:
    """A closed outline in dashes, for what is done; only the legs' parts on screen are walked."""
    for start, end in zip(shape, shape[1:] + shape[:1]):
        clipped = view.clipline(start, end)
        if not clipped:
            continue
        (x1, y1), (x2, y2) = clipped
        length = math.hypot(x2 - x1, y2 - y1)
        # dashes counted from the leg's own start, so they stay put on the map as the view moves
        offset = math.hypot(x1 - start[0], y1 - start[1]) % (DASH + GAP)
        at = -offset
        while at < length:
            a, b = max(at, 0.0), min(at + DASH, length)
            if b > a:
                pygame.draw.line(surface, color, (x1 + (x2 - x1) * a / length, y1 + (y2 - y1) * a / length),
                                 (x1 + (x2 - x1) * b / length, y1 + (y2 - y1) * b / length), LINE)
            at += DASH + GAP


def _chevron(surface, middle, angle: float, ahead: float) -> None:
    """An open arrowhead pointing along `angle`, its tip `ahead` px past the leg's `middle`."""
    x, y = middle[0] + math.cos(angle) * ahead, middle[1] + math.sin(angle) * ahead
    wings = [(x - math.cos(angle + side) * 10, y - math.sin(angle + side) * 10) for side in (0.55, -0.55)]
    pygame.draw.lines(surface, (0, 0, 0), False, [(px + 1, py + 1) for px, py in (wings[0], (x, y), wings[1])], LINE)
    pygame.draw.lines(surface, PATROL, False, [wings[0], (x, y), wings[1]], LINE)


def _diamond(surface, centre) -> None:
    """An enemy spawn: a small diamond, on a dark edge that shows it over the machine standing there."""
    x, y = centre
    points = [(x, y - 8), (x + 8, y), (x, y + 8), (x - 8, y)]
    pygame.draw.polygon(surface, (0, 0, 0), points, LINE + 2)
    pygame.draw.polygon(surface, ENEMY, points, LINE)
    pygame.draw.circle(surface, ENEMY, centre, 2)


def _crosshair(surface, centre) -> None:
    """The player spawn: a ringed cross, on a dark edge."""
    x, y = centre
    pygame.draw.circle(surface, (0, 0, 0), centre, 11, LINE + 2)
    pygame.draw.circle(surface, PLAYER, centre, 10, LINE)
    pygame.draw.line(surface, PLAYER, (x - 5, y), (x + 5, y), LINE)
    pygame.draw.line(surface, PLAYER, (x, y - 5), (x, y + 5), LINE)


def _shown(bounds: pygame.Rect, left: float, top: float, view: pygame.Rect) -> bool:
    return view.colliderect(bounds.move(-round(left), -round(top)))


def _on_screen(points, left: float, top: float) -> list[tuple[float, float]]:
    return [(x - left, y - top) for x, y in points]


def _outline(region) -> tuple[tuple[float, float], ...]:
    """A region's edge as polygon corners in map pixels (an ellipse as many short sides): every shape is drawn,
    clipped and dashed alike."""
    if region.shape == "polygon":
        return region.points
    x, y, w, h = region.x, region.y, region.width, region.height
    if region.shape == "ellipse":
        sides = max(24, min(180, round(math.pi * (w + h) / 2 / ELLIPSE_STEP)))
        return tuple((x + w / 2 + w / 2 * math.cos(math.tau * i / sides),
                      y + h / 2 + h / 2 * math.sin(math.tau * i / sides)) for i in range(sides))
    return (x, y), (x + w, y), (x + w, y + h), (x, y + h)


def _bounds(points, margin: int = 0) -> pygame.Rect:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    low_x, low_y = math.floor(min(xs)) - margin, math.floor(min(ys)) - margin
    return pygame.Rect(low_x, low_y, math.ceil(max(xs)) + margin - low_x + 1, math.ceil(max(ys)) + margin - low_y + 1)


def _shapes(level) -> dict:
    """Every shape F3 draws, in map pixels, with its bounds for culling (a path's reach past its points by the dots
    drawn on them); and the player spawn, with its id and name."""
    shapes: dict = {}
    for what in ("triggers", "zones", "objectives"):
        shapes[what] = [(item, points, True, _bounds(points)) for item in getattr(level, what)
                        for points in [_outline(item.region)]]
    # A patrol path is kept in the level only as its walkers' waypoints: one route for each path, with who walks it.
    routes: dict = {}
    for spawn in level.enemy_spawns:
        if spawn.patrol:
            routes.setdefault((spawn.patrol, spawn.loop), []).append(spawn)
    known = {item.object_id for what in ("triggers", "zones", "objectives") for item in getattr(level, what)}
    known |= {spawn.object_id for spawn in level.enemy_spawns}
    found = level.player_spawn_object
    if found:
        known.add(found[0])
    shapes["patrols"] = [((_path_name(level, points, known), spawns), points, loop, _bounds(points, 8))
                         for (points, loop), spawns in routes.items()]
    ident = f"#{found[0]} {found[1]}" if found else ""
    # where the map's spawn is, not where a playtest started (--start-at moves level.player_spawn)
    spawn = level.object_points.get(found[0], level.player_spawn) if found else level.player_spawn
    shapes["player"] = (ident, spawn)
    return shapes


def _path_name(level, points, known: set) -> str:
    """"#6", the patrol path's id: the object, of no other class the game reads, centred where the path's points are
    (an object's centre is the mean of its points). "" when none is."""
    centre = (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))
    for ident, point in level.object_points.items():
        if ident not in known and math.dist(point, centre) < 0.01:
            return f"#{ident}"
    return ""

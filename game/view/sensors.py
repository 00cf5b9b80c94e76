"""Alarm triggers seen in the world: a Gradosian sensor field on the ground, its emitters at its corners and a scan
sweeping across it, so a player reads where the alarm lies and can keep out of it, or trip it on purpose."""

import math

import pygame

EMITTER = 5  # px: an emitter's radius, its post a px wider
SWEEP = 1.6  # s for the scan to cross the field one way (it goes back and forth)
SCAN = 3  # px of the scan's line
TRAIL = ((12, 50), (6, 110), (0, 255))  # (px behind the line, alpha): the scan's fading wake, then the line itself
LINES = 8  # px between the faint lines laid across a field: a texture that says "field" without its colour
# Each field's look by the map's light (Renderer.daylit): on Mars's bright sand the beams are the Gradosian red over a
# dark shadow, whose edge is what reads to a red-green colour-blind eye (red is as light as the sand, as the arrivals'
# rings found); on New York's night streets they glow without one. fill and scan are alphas of 255.
LOOKS = {True: {"beam": (226, 38, 64), "shadow": (0, 0, 0, 120), "fill": 34, "scan": 150},
         False: {"beam": (255, 72, 96), "shadow": None, "fill": 30, "scan": 120}}
POST = (28, 22, 30)  # an emitter's dark post, as dark as a machine's outline: it reads as a thing on either ground
TRIPPED = 110  # of 255: a field once spent (its alarm rung, `once`) stays, dimmed and still, where it was


class SensorFields:
    """The level's alarm triggers drawn as sensor fields, each built once on first sight (nothing for a map with
    none); a message, advise or fouron trigger stays unseen, as the designer meant."""

    def __init__(self, level, daylit: bool) -> None:
        self.fields = [(index, trigger) for index, trigger in enumerate(level.triggers) if trigger.action == "alarm"]
        self.look = LOOKS[daylit]
        self.pictures: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}  # index → (the field, its scan's light)

    def draw(self, surface: pygame.Surface, states, left: float, top: float, age: float, flashes: float) -> None:
        """Each field in view; its scan sweeping while it is live (held still at mid-field when the Flashes option
        is below full, as nothing else moves to catch the eye then), dimmed and still once it has rung for good."""
        view = surface.get_rect()
        for index, trigger in self.fields:
            box = _box(trigger.region)
            spot = box.move(-round(left), -round(top))
            if not spot.inflate(4 * EMITTER, 4 * EMITTER).colliderect(view):
                continue
            field, scan = self._pictures(index, trigger.region, box)
            spent = trigger.once and states[index].fired
            field.set_alpha(TRIPPED if spent else 255)
            surface.blit(field, spot.move(-2 * EMITTER, -2 * EMITTER))
            if spent:
                continue
            phase = 0.5 if flashes < 1.0 else _sweep(age)
            ahead = math.sin(age * math.pi / SWEEP) >= 0 or flashes < 1.0  # which way the scan goes: its trail behind
            along = box.width >= box.height  # the scan crosses the field's longer way
            length = (box.width if along else box.height) - SCAN
            for behind, alpha in TRAIL:
                at = round(phase * length) - (behind if ahead else -behind)
                if 0 <= at <= length:
                    scan.set_alpha(alpha)
                    strip = pygame.Rect(at, 0, SCAN, box.height) if along else pygame.Rect(0, at, box.width, SCAN)
                    surface.blit(scan, spot.move(strip.x, strip.y).topleft, strip)

    def _pictures(self, index: int, region, box: pygame.Rect) -> tuple[pygame.Surface, pygame.Surface]:
        if index not in self.pictures:
            self.pictures[index] = _field(region, box, self.look), _scan(region, box, self.look)
        return self.pictures[index]


def _sweep(age: float) -> float:
    """0..1 across the field and back, eased at each end as a scanner's head turns."""
    return 0.5 - 0.5 * math.cos(age * math.pi / SWEEP)


def _box(region) -> pygame.Rect:
    return pygame.Rect(round(region.x), round(region.y), max(1, round(region.width)), max(1, round(region.height)))


def _outline(region, box: pygame.Rect, margin: int) -> list[tuple[int, int]]:
    """The region's edge as points in a picture whose corner is `margin` px up and left of its box: a polygon's own
    corners; a rectangle's four; an ellipse's four extremes (where its emitters stand)."""
    if region.shape == "polygon":
        return [(round(x) - box.x + margin, round(y) - box.y + margin) for x, y in region.points]
    right, bottom = margin + box.width - 1, margin + box.height - 1
    if region.shape == "ellipse":
        middle_x, middle_y = margin + box.width // 2, margin + box.height // 2
        return [(middle_x, margin), (right, middle_y), (middle_x, bottom), (margin, middle_y)]
    return [(margin, margin), (right, margin), (right, bottom), (margin, bottom)]


def _shape(surface: pygame.Surface, region, box: pygame.Rect, margin: int, color, width: int = 0) -> None:
    if region.shape == "ellipse":
        pygame.draw.ellipse(surface, color, pygame.Rect(margin, margin, box.width, box.height), width)
    else:
        pygame.draw.polygon(surface, color, _outline(region, box, margin), width)


def _field(region, box: pygame.Rect, look) -> pygame.Surface:
    """The still part: a faint wash over the field lined across its scan's way, its edge a dashed beam (over its
    shadow on daylit ground) and an emitter, a dark post with the beam's light, at each corner."""
    margin = 2 * EMITTER
    size = (box.width + 2 * margin, box.height + 2 * margin)
    beam = look["beam"]
    wash = pygame.Surface(size, pygame.SRCALPHA)
    _shape(wash, region, box, margin, (*beam, look["fill"]))
    lined = pygame.Surface(size, pygame.SRCALPHA)
    along = box.width >= box.height
    for at in range(margin, margin + (box.width if along else box.height), LINES):
        ends = ((at, margin), (at, margin + box.height)) if along else ((margin, at), (margin + box.width, at))
        pygame.draw.line(lined, (255, 255, 255, 255), *ends)
    wash.blit(lined, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)  # the lines kept within the field's shape
    picture = pygame.Surface(size, pygame.SRCALPHA)
    _shape(picture, region, box, margin, (*beam, look["fill"]))
    picture.blit(wash, (0, 0))
    corners = _outline(region, box, margin)
    edge = corners + corners[:1] if region.shape != "ellipse" else []
    for shift, color in (((1, 1), look["shadow"]), ((0, 0), (*beam, 230))):
        if color is None:
            continue
        if region.shape == "ellipse":
            pygame.draw.ellipse(picture, color, pygame.Rect(margin + shift[0], margin + shift[1], *box.size), 2)
        for start, end in zip(edge, edge[1:]):
            _dashes(picture, color, (start[0] + shift[0], start[1] + shift[1]), (end[0] + shift[0], end[1] + shift[1]))
    for corner in corners:
        pygame.draw.circle(picture, (*beam, 70), corner, EMITTER + 4)  # its light on the ground round the post
        pygame.draw.circle(picture, POST, corner, EMITTER + 1)
        pygame.draw.circle(picture, beam, corner, EMITTER - 2)
        pygame.draw.circle(picture, (255, 236, 236), corner, 1)
    return picture


def _dashes(surface: pygame.Surface, color, start, end, dash: int = 10, gap: int = 6) -> None:
    """A beam from one emitter to the next: dashes, as a light fence's beams read, and as nothing else on a map does."""
    length = math.dist(start, end)
    if length < 1:
        return
    step_x, step_y = (end[0] - start[0]) / length, (end[1] - start[1]) / length
    at = 0.0
    while at < length:
        stop = min(at + dash, length)
        pygame.draw.line(surface, color, (start[0] + step_x * at, start[1] + step_y * at),
                         (start[0] + step_x * stop, start[1] + step_y * stop), 2)
        at += dash + gap


def _scan(region, box: pygame.Rect, look) -> pygame.Surface:
    """The scan's light: the field filled in the beam's colour, of which the frame shows a strip, so the line keeps
    within the field's own shape."""
    picture = pygame.Surface(box.size, pygame.SRCALPHA)
    _shape(picture, region, box, 0, (*look["beam"], look["scan"]))
    return picture

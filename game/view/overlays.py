"""What the play scene draws over the frame: the aiming reticle (kept in view: an aim past the screen's edge is
drawn at a margin, on the line to it), the quick restart's plate over a replay's seek, a resumed run's get-ready
count, the F3 overlay, a broken map's problems while the last good version plays, and the reload notice."""

import pygame

from game.content.words import counted
from game.sim.components import Pod, Unit
from game.view.camera import HUD_TOP
from game.view.hud_style import hud_plate
from game.view.hud_plates import ARMOUR_PLATE
from game.view.restart_ring import draw_restart_ring
from game.view.text import AMBER, CYAN, DIM, RED, SMALLEST, WHITE, draw_text, fit, fit_keeping, font, panel, wrap

PROBLEMS_TOP = 108  # px: a broken map's problems are listed under the HUD's top row
TOAST_TOP = HUD_TOP + 84  # px: a notice's plate, clear of the title card's band (at most 72 px from HUD_TOP + 6)
PROBLEMS_HEAD, PROBLEM_ROW = 46, 22  # px: the problems' plate holds its title and a margin, and a row per line
PROBLEM_LINE = 34  # px: the problems' plate folded to its one line
NOTE_GAP = 14  # px between the problems and the note under them, a rule across its middle
RULE = (60, 70, 88)  # the rule over the note: a faint line, enough to part it from the problems
RETICLE_MARGIN = 24  # px: the reticle keeps this far inside the view, all of its cross on screen


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


def kept_in_view(point, origin, size, margin: float = RETICLE_MARGIN) -> tuple[float, float]:
    """`point` on screen, or, when it is nearer an edge of a view `size` px than `margin`, where the line to it from
    `origin` (the machine, on screen) comes that near: the stick's aim past the edge of a map the camera cannot
    scroll further still shows which way it points. An origin itself nearer an edge than `margin` (a machine
    against the map's edge) has the point held at the margin."""
    (x, y), (start_x, start_y) = point, origin
    share = 1.0  # of the way from origin to point that stays in view
    for value, start, high in ((x, start_x, size[0] - margin), (y, start_y, size[1] - margin)):
        if value < margin < start:
            share = min(share, (start - margin) / (start - value))
        elif value > high > start:
            share = min(share, (high - start) / (value - start))
    x, y = start_x + (x - start_x) * share, start_y + (y - start_y) * share
    # With the origin inside the margins this changes nothing: the point is between it and a spot inside them.
    return min(max(x, margin), size[0] - margin), min(max(y, margin), size[1] - margin)


def draw_restart_hold(surface, share: float, key: str | None) -> None:
    """The quick restart's plate where the HUD is not drawn (a replay's seek): its ring filling with `share` (0..1) of
    the hold, and what it does, on a plate in the armour's place. In play the HUD's armour plate holds them
    (Hud.restart), beside the armour's gauge and count."""
    rect = ARMOUR_PLATE.copy()
    hud_plate(surface, rect, border=AMBER, alpha=255)
    draw_restart_ring(surface, (rect.x + 13, rect.centery), share, key, rect.width - 31)


READY_TOP = TOAST_TOP  # px: the get-ready plate, one row under the title card's band (a run saved as the level began
# comes back with its name still up), far above the middle of the field, where the Layzner and the machines nearest it
# are: the fight the player is about to go back to
READY_COUNT = 48  # px: the count's square at the plate's left, the words beside it


def draw_get_ready(surface, count: int) -> pygame.Rect:
    """A resumed run's get-ready beat, one row on a small plate at the top of the field: the count (3, 2, 1),
    "GET READY" and how to go at once. Returns its plate."""
    head, hint = "GET READY", "MOVE OR FIRE TO GO NOW"
    rect = pygame.Rect(0, READY_TOP, READY_COUNT + font(24, True).size(head)[0] + font(20).size(hint)[0] + 48, 44)
    rect.centerx = surface.get_width() // 2
    hud_plate(surface, rect, border=CYAN)
    draw_text(surface, str(count), (rect.left + READY_COUNT // 2 + 2, rect.centery), 36, WHITE, anchor="center",
              bold=True)
    line_x = rect.left + READY_COUNT
    pygame.draw.line(surface, CYAN, (line_x, rect.top + 8), (line_x, rect.bottom - 9))
    words = draw_text(surface, head, (line_x + 12, rect.centery), 24, CYAN, anchor="midleft", bold=True)
    draw_text(surface, hint, (words.right + 18, rect.centery + 1), 20, DIM, anchor="midleft")
    return rect


DEBUG_ROWS = 5  # the rows of F3's plate: frames, rules, drawing, what is in play, the game's time (debug_lines)
DEBUG_SIZE = 22  # px: its words; at 960x540 the window shows them at 16.5 px, as the hint lines' 20 px at 15
# Its widest row as a level has it (a big fight's shots counted in the hundreds): the plate is as wide, and a row
# wider still is drawn smaller to fit, so the plate the labels keep off (debug_plate) is the one drawn
DEBUG_WIDEST = "machines: 99 · pods: 99 · shots: 999"


def debug_lines(stats: dict, draw_ms: float, ticks: int, game) -> list[str]:
    """F3's figures in words a designer reads: `stats` the app's for this frame (fps, frame_ms; step_ms, the time its
    ticks took), `draw_ms` the time the frame took to draw, `ticks` how many ran in it."""
    world, res = game.world, game.res
    return [f"FPS: {stats.get('fps', 0):.0f} · frame: {stats.get('frame_ms', 0):.2f} ms",
            f"rules: {stats.get('step_ms', 0):.2f} ms · {counted(ticks, 'tick')}",
            f"drawing: {draw_ms:.2f} ms",
            # the entities are the machines (wrecks are removed; a disabled one stays) and the pilots' pods; the
            # shots in flight are kept outside them
            f"machines: {len(world.index(Unit))} · pods: {len(world.index(Pod))} · shots: "
            f"{len(res.bolts) + len(res.missiles)}",
            f"tick {game.tick} · {game.seconds:.1f} s"]


def debug_plate(surface, rows: int = DEBUG_ROWS) -> pygame.Rect:
    """Where F3's plate of figures goes: under the hostiles count, clear of Rei's panel, the gauges below and a
    replay's plate on the left; as wide as its widest row (DEBUG_WIDEST). The level's labels (regions.py) keep off
    it."""
    width = font(DEBUG_SIZE).size(DEBUG_WIDEST)[0] + 24
    return pygame.Rect(surface.get_width() - 16 - width, 84, width, 10 + 22 * rows)


def draw_debug(surface, lines: list[str]) -> None:
    """F3: the figures (debug_lines) on a plate (see debug_plate)."""
    rect = debug_plate(surface, len(lines))
    panel(surface, rect, alpha=200, border=AMBER)
    for i, line in enumerate(lines):
        words, size = fit(line, DEBUG_SIZE, rect.width - 24, 16)
        draw_text(surface, words, (rect.left + 12, rect.top + 6 + 22 * i), size, AMBER)


def problems_heading(problems) -> tuple[str, list[str]]:
    """The title naming the files with problems ("level.tmx has problems", or "has a problem") and the lines under it:
    each problem's line, without its file's name when every problem is in the one file the title names."""
    files = list(dict.fromkeys(problem.file for problem in problems))
    what = "a problem" if len(problems) == 1 else "problems"
    title = f"{', '.join(files)} {'has' if len(files) == 1 else 'have'} {what}"
    return title, [problem.without_file() if len(files) == 1 else str(problem) for problem in problems]


def draw_problems(surface, title: str, lines: list[str], most: int = 8, bottom: int | None = None,
                  top: int = PROBLEMS_TOP, left: int = 16, above: int | None = None, note: str = "") -> pygame.Rect:
    """The checker's lines on a plate from `left` to the screen's right margin: from `top`, `most` rows, or with
    `bottom` (a page of its own) as many as end above that y; or, with `above`, standing on that y (over the play, its
    foot on the HUD's gauges, while the last good version plays on). `note`, a line that is no problem (the checks
    that wait for them to be fixed), under them, set apart by a rule and dimmed: in their white it read as one more."""
    width = surface.get_width() - 16 - left
    face = font(20)
    noted, _ = _wrapped([note] if note else [], face, width)
    below = NOTE_GAP + PROBLEM_ROW * len(noted) if noted else 0  # px the note takes under the problems
    if bottom is not None:  # a row under them counts the rest
        most = (bottom - top - PROBLEMS_HEAD - below) // PROBLEM_ROW - 1
    wrapped, ends = _wrapped(lines, face, width)
    shown = wrapped[:most]
    if len(wrapped) > most:  # how many are not shown whole: the designer knows how much is left to fix
        more = sum(end > most for end in ends)
        shown.append(f"... and {counted(more, 'more problem')}: run  main.py check  for the full list")
    rect = pygame.Rect(left, top, width, PROBLEMS_HEAD + PROBLEM_ROW * len(shown) + below)
    if above is not None:
        rect.bottom = above
    panel(surface, rect, alpha=235, border=RED)  # near opaque: its words read over any ground
    title, size = fit(title, 24, width - 28, 16, bold=True)
    draw_text(surface, title, (left + 14, rect.top + 10), size, RED, bold=True)
    for i, line in enumerate(shown):
        draw_text(surface, line, (left + 14, rect.top + 36 + PROBLEM_ROW * i), 20, WHITE)
    if noted:
        rule = rect.top + 36 + PROBLEM_ROW * len(shown) + NOTE_GAP // 2 - 2
        pygame.draw.line(surface, RULE, (left + 14, rule), (rect.right - 14, rule))
        for i, line in enumerate(noted):
            draw_text(surface, line, (left + 14, rule + NOTE_GAP // 2 + 2 + PROBLEM_ROW * i), 20, DIM)
    return rect


def _wrapped(lines: list[str], face, width: int) -> tuple[list[str], list[int]]:
    """The lines wrapped to the plate's `width`, each one's later rows indented, so where each line begins shows; and
    the row each line ends on."""
    wrapped, ends = [], []
    for line in lines:
        rows = wrap(line, face, width - 28 - face.size("    ")[0])
        wrapped += rows[:1] + [f"    {row}" for row in rows[1:]]
        ends.append(len(wrapped))
    return wrapped, ends


def draw_problem_line(surface, words: str, tail: str, left: int, above: int) -> pygame.Rect:
    """A broken map's problems folded to one line (`words`, then `tail`, kept whole: how to read them) on a plate from
    `left` to the screen's right margin, standing on the y `above`: the play it would hide goes on."""
    width = surface.get_width() - 16 - left
    rect = pygame.Rect(left, above - PROBLEM_LINE, width, PROBLEM_LINE)
    panel(surface, rect, alpha=235, border=RED)
    words, size = fit_keeping(words, tail, 20, width - 28, SMALLEST, bold=True)
    draw_text(surface, words, (left + 14, rect.centery), size, RED, anchor="midleft", bold=True)
    return rect


def draw_toast(surface, text: str, age: float, top: int = TOAST_TOP) -> None:
    """A short notice on a plate of its own that fades out (age 0..1), centred under the title card's band: a reload
    starts the level again, and its title card with it, over the top plates' row. From `top` when a plate holds
    that row (a resumed run's get-ready count)."""
    if not text:
        return
    words, size = fit(text, 24, surface.get_width() - 96, 16)
    image = pygame.Surface((font(size).size(words)[0] + 40, 40), pygame.SRCALPHA)
    hud_plate(image, image.get_rect(), border=CYAN)
    draw_text(image, words, image.get_rect().center, size, CYAN, anchor="center")
    image.set_alpha(round(255 * min(1.0, (1.0 - age) * 3)))
    surface.blit(image, image.get_rect(midtop=(surface.get_width() // 2, top)))

"""Records every drawing call a frame makes on its target surface, and replays them raw: the engine's floor.

The target is a pygame.Surface subclass that notes blit/blits/fblits/fill before doing them; pygame.draw's
functions are wrapped for the duration of the recording (the renderer and HUD call them as pygame.draw.x at
call time, so the wrapper sees them). Calls on other surfaces (chunks, HUD plates built this frame) are not
recorded: their results are what gets blitted, and those blits are.
"""

import contextlib

import pygame


class RecordingSurface(pygame.Surface):
    """A surface in the given surface's pixel format that keeps a list of what was drawn on it."""

    def __init__(self, like: pygame.Surface) -> None:
        super().__init__(like.get_size(), 0, like)
        self.calls: list[tuple] = []

    def _note_blit(self, source, dest, area, flags) -> None:
        # Alpha is read now: the renderer sets a per-draw alpha and resets it after the blit.
        dest = pygame.Rect(dest).topleft if isinstance(dest, pygame.Rect) else tuple(dest)
        area = None if area is None else pygame.Rect(area)
        self.calls.append(("blit", source, dest, area, flags, source.get_alpha()))

    def blit(self, source, dest, area=None, special_flags=0):
        self._note_blit(source, dest, area, special_flags)
        return super().blit(source, dest, area, special_flags)

    def blits(self, blit_sequence, doreturn=1):
        sequence = list(blit_sequence)
        for item in sequence:
            source, dest, *rest = item
            self._note_blit(source, dest, rest[0] if rest else None, rest[1] if len(rest) > 1 else 0)
        return super().blits(sequence, doreturn)

    def fblits(self, blit_sequence, special_flags=0):
        sequence = list(blit_sequence)
        for source, dest in sequence:
            self._note_blit(source, dest, None, special_flags)
        return super().fblits(sequence, special_flags)

    def fill(self, color, rect=None, special_flags=0):
        self.calls.append(("fill", color, None if rect is None else pygame.Rect(rect), special_flags))
        return super().fill(color, rect, special_flags)


@contextlib.contextmanager
def recording_draw_functions(target: RecordingSurface):
    """While inside, every pygame.draw function called on `target` is noted in target.calls."""
    originals = {name: getattr(pygame.draw, name) for name in dir(pygame.draw)
                 if not name.startswith("_") and callable(getattr(pygame.draw, name))}

    def wrap(name, original):
        def wrapper(surface, *args, **kwargs):
            if surface is target:
                target.calls.append(("draw", original, args, kwargs))
            return original(surface, *args, **kwargs)
        return wrapper

    for name, original in originals.items():
        setattr(pygame.draw, name, wrap(name, original))
    try:
        yield target
    finally:
        for name, original in originals.items():
            setattr(pygame.draw, name, original)


def record(draw, like: pygame.Surface) -> tuple[list, pygame.Surface]:
    """Run draw(surface) once on a recording surface; returns (calls, the picture it made)."""
    target = RecordingSurface(like)
    with recording_draw_functions(target):
        draw(target)
    return target.calls, target


def compile_replay(calls: list) -> list:
    """The calls as a replay program: runs of blits become one Surface.blits call each (no Python per sprite).

    A source whose alpha changed after its blit (particles, afterimages) is replaced by a copy carrying the
    alpha it was drawn with, so the replay needs no set_alpha calls and draws the same picture.
    """
    program, run = [], []
    for call in calls:
        if call[0] == "blit":
            _, source, dest, area, flags, alpha = call
            if source.get_alpha() != alpha:
                source = source.copy()
                source.set_alpha(alpha)
            run.append((source, dest, area, flags))
            continue
        if run:
            program.append(("blits", run))
            run = []
        program.append(call)
    if run:
        program.append(("blits", run))
    return program


def replay(program: list, surface: pygame.Surface) -> None:
    """Draw the recorded frame onto `surface` with nothing but the recorded pygame calls."""
    for op in program:
        kind = op[0]
        if kind == "blits":
            surface.blits(op[1], doreturn=False)
        elif kind == "draw":
            op[1](surface, *op[2], **op[3])
        else:  # fill
            surface.fill(op[1], op[2], op[3])


def count_ops(calls: list) -> dict:
    kinds: dict[str, int] = {}
    for call in calls:
        name = call[0] if call[0] != "draw" else f"draw.{call[1].__name__}"
        kinds[name] = kinds.get(name, 0) + 1
    return kinds

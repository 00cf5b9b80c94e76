"""The displays there now, as rectangles on the one desktop SDL places windows on: where each is and how large."""

import ctypes
import glob
import os

import pygame

Rect = tuple[int, int, int, int]  # x, y, width, height (px), on the desktop all displays share


class _SdlRect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("w", ctypes.c_int), ("h", ctypes.c_int)]


def sdl_library() -> ctypes.CDLL | None:
    """The SDL that pygame has loaded (its wheel's own copy), to ask what pygame-ce does not; None where not found."""
    folder = os.path.dirname(pygame.__file__)
    # Linux wheels keep it beside the package, Windows in it, macOS in its .dylibs
    patterns = (folder + "_ce.libs/libSDL2-2*", os.path.join(folder, "SDL2.dll"),
                os.path.join(folder, ".dylibs", "libSDL2-2*"))
    for path in (found for pattern in patterns for found in sorted(glob.glob(pattern))):
        try:
            return ctypes.CDLL(path)  # the copy already loaded: the same SDL, already initialised
        except OSError:
            continue
    return None


def desktops() -> list[Rect]:
    """Each display's desktop: its size as pygame says it, its top-left corner as SDL does (pygame-ce does not say
    where a display is). Where SDL cannot be asked, the first display alone at (0, 0), where set_mode opens."""
    sizes = pygame.display.get_desktop_sizes()
    corners = _corners(len(sizes))
    if corners is None:
        return [(0, 0, *sizes[0])]
    return [(x, y, width, height) for (x, y), (width, height) in zip(corners, sizes)]


def _corners(count: int) -> list[tuple[int, int]] | None:
    """The top-left corner of each of the first `count` displays, or None where SDL cannot say."""
    sdl = sdl_library()
    if sdl is None:
        return None
    sdl.SDL_GetDisplayBounds.argtypes = [ctypes.c_int, ctypes.POINTER(_SdlRect)]
    corners = []
    for index in range(count):
        bounds = _SdlRect()
        if sdl.SDL_GetDisplayBounds(index, ctypes.byref(bounds)) != 0:
            return None
        corners.append((bounds.x, bounds.y))
    return corners

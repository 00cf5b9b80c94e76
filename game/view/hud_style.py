"""The look the HUD's parts share: the plates' fill, band and opacity, and the separator between a gauge's words."""

from game.view.text import panel

SEP = " · "  # between a gauge's words ("V-MAX · READY"), as everywhere in the game's words
PLATE_ALPHA = 246  # of 255: the HUD's plates are near opaque, so a machine under one does not read through it
# Their fill, and the band round it inside the edge. PANEL's navy alone was New York's night streets' own dark blue:
# the plates read as holes in the map. Their body darker, off Mars's sand and floors further than the navy was, and a
# lighter, bluer band than any night ground, the plate's shape shows on both
PLATE_FILL, PLATE_BAND = (6, 9, 16), (36, 52, 86)


def hud_plate(surface, rect, border, alpha: int = PLATE_ALPHA) -> None:
    """One of the HUD's plates: near opaque (`alpha`), PLATE_FILL in a PLATE_BAND frame, its edge in `border`."""
    panel(surface, rect, alpha=alpha, border=border, fill=PLATE_FILL, band=PLATE_BAND)

"""How the HUD's plates and Rei's panel turn see-through over the fight: the eased veil they share, how strongly a
plate's words and gauges are laid over the fight then, and what on screen is under one of the plates (the frame's own
places of the machines, shots and marks it drew, worked out on arrays)."""

import numpy as np

SEE_THROUGH = 0.3  # a plate's strength while it is over the fight: the pilot never loses sight of a machine
VEIL_TIME = 0.2  # s to fade to that and back: eased, so a machine on a plate's edge never makes it flicker
CONTENTS_THROUGH = 0.45  # a HUD plate's words and gauges at SEE_THROUGH: a machine under them reads through them, and
# they still read over it (drawn whole, a Bul under HOSTILES had the words written across its body)
UNDER_PLATE = 20  # px: a machine counts as under a plate once its body, not only its centre, is


def eased(veil: float, covering: bool, dt: float) -> float:
    """`veil` (SEE_THROUGH..1, how solid a plate is drawn) `dt` s on: toward SEE_THROUGH while the plate covers what
    the pilot must see, back toward 1 once it does not."""
    step = (1.0 - SEE_THROUGH) * dt / VEIL_TIME
    return max(SEE_THROUGH, veil - step) if covering else min(1.0, veil + step)


def under_plates(plates: dict, x, y, marks) -> dict:
    """{name: whether anything is under it} of the HUD's `plates` ({name: Rect}): a point of (`x`, `y`), arrays of
    places on screen as the frame drew them (machines' centres, enemy shots, landing spots), within UNDER_PLATE px of
    it, or one of `marks` (Rects on screen: Rei's marker). Every plate against every point at once, on arrays: a few
    operations a frame, however many machines and shots there are."""
    covered = np.array([rect.collidelist(marks) >= 0 for rect in plates.values()], dtype=bool)
    if len(x):
        # a row a plate, a column a point: each comparison runs along the points (the other way round, along six
        # plates, it took four times as long)
        left, top, width, height = np.array([rect.inflate(2 * UNDER_PLATE, 2 * UNDER_PLATE)
                                             for rect in plates.values()]).T[:, :, None]
        covered |= ((left <= x) & (x < left + width) & (top <= y) & (y < top + height)).any(axis=1)
    return dict(zip(plates, covered.tolist()))


def contents_strength(veil: float) -> float:
    """How strongly a HUD plate's words and gauges are laid over the fight at `veil`: whole on a solid plate, falling
    with the veil to CONTENTS_THROUGH at SEE_THROUGH."""
    return CONTENTS_THROUGH + (1.0 - CONTENTS_THROUGH) * (veil - SEE_THROUGH) / (1.0 - SEE_THROUGH)

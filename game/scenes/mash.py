"""A page's guard against a mash carried onto it: the dash mashed to take the Layzner back from Fouron (and the fire
button tapped) as the level is lost must not choose a row of the result screen the moment it can choose."""

import dataclasses

# s: presses of dash (or clicks) closer together than this are one mash. Mashing to resist Fouron runs at 3-8 presses a
# second; a press after the player has stopped to read the page comes later than this after the last.
MASH_GAP = 0.6


class MashGuard:
    """Lets a page's choice through only from a press that is no mash: a press of an input bound to dash (Space, the
    pad's A: both also confirm) or a click (the left button fires) comes through once none came in the MASH_GAP
    before it, and none at all while the page settles. Return, Start and the arrows are never held back."""

    def __init__(self, settle: float) -> None:
        self.settle = settle  # s the page takes no choice at all
        self.last: float | None = None  # the page's age at the last press of dash or click, None before one

    def screen(self, actions, age: float):
        """`actions` as the page may act on them at `age` s: a mash's press neither confirms nor clicks; presses in
        the settle count as the mash's, so a press just after it is held back as well."""
        if not (actions.dash or actions.click is not None):
            return actions
        mashing = age < self.settle or (self.last is not None and age - self.last < MASH_GAP)
        self.last = age
        return dataclasses.replace(actions, menu_confirm=False, click=None) if mashing else actions

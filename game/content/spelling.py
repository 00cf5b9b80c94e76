"""Telling a slip of the keyboard from a name of the writer's own: what a "did you mean" offers, and what it decides."""


def one_slip(word: object, known) -> str | None:
    """The known name `word` is a slip of the keyboard away from: a letter changed, left out or added, or two
    neighbours swapped (up to two such slips in a word of more than five letters), case aside; None when there is
    none, and `word` is taken for a name of the writer's own. Not difflib's ratio, which finds "storm" in "custom0".
    """
    return nearest(word, known, 1 if len(str(word)) <= 5 else 2)


def nearest(word: object, known, most: int) -> str | None:
    """The known name fewest slips from `word`, case aside, and of those the first in order; None past `most`."""
    word = str(word).lower()
    found = min(((slips(word, str(name).lower()), str(name)) for name in known), default=None)
    return found[1] if found is not None and found[0] <= most else None


def slips(a: str, b: str) -> int:
    """How many slips turn `a` into `b`: letters changed, left out or added, and neighbours swapped, one each (the
    optimal string alignment distance)."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:  # two neighbours swapped
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def suggest(word: object, known) -> str:
    """A "did you mean" hint listing what is known. A hint costs little when it is wrong, so it reaches a little
    further than one_slip: two slips in a word of four letters or more ("hete" for "heat")."""
    close = nearest(word, known, 2 if len(str(word)) >= 4 else 1)
    known_list = ", ".join(sorted(map(str, known)))
    return f'did you mean "{close}"? known: {known_list}' if close else f"known: {known_list}"

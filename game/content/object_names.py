"""A map object found by the name a designer gave it in Tiled (--start-at "extraction pad")."""

from game.content.errors import ContentError, Problem, named_object, quote
from game.content.level_data import LevelData
from game.content.spelling import slips

LISTED = 8  # objects a line names at most: a map may have hundreds
EXPECTED = "the id or the name of an object on the map"


def object_named(level: LevelData, asked: str, asked_by: str = "--start-at") -> int:
    """The id of the one object named `asked`, exactly, else case aside. ContentError naming `asked_by` when none or
    several are: the objects an ambiguous name could mean, or the names near one that matches none, so the line says
    what to type instead."""
    names = level.object_names
    for same in (lambda name: name == asked, lambda name: name.casefold() == asked.casefold()):
        found = [ident for ident, name in names.items() if same(name)]
        if len(found) == 1:
            return found[0]
        if found:
            raise _refused(level, asked_by, f"{len(found)} objects named {quote(asked)}: {_listed(level, found)}",
                           f"give the id of the one to start at: {asked_by} {found[0]}")
    # Near: a slip or two away (as the checker's "did you mean"), or holding the words typed ("pad" for "ridge pad")
    reach = 2 if len(asked) >= 4 else 1
    near = sorted((slips(asked.casefold(), name.casefold()), ident) for ident, name in names.items()
                  if name and (asked.casefold() in name.casefold()
                               or slips(asked.casefold(), name.casefold()) <= reach))
    named = [ident for ident, name in names.items() if name]
    hint = (f"did you mean {_listed(level, [ident for _, ident in near])}?" if near
            else f"the map's named objects: {_listed(level, named)}" if named
            else "no object on the map has a name: give its id, which Tiled shows in its properties")
    raise _refused(level, asked_by, f"no object named {quote(asked)}", hint)


def object_of_id(level: LevelData, asked: str, asked_by: str = "--start-at") -> int:
    """The id `asked` (digits) names, which wins over a name: Tiled's playtest passes ids. Where no object has that id
    but one is named so ("77"), ContentError naming it and the id to give; an id no object has or is named is left
    for new_game to refuse."""
    ident = int(asked)
    named = [found for found, name in level.object_names.items() if name == asked]
    if ident in level.object_names or not named:
        return ident
    which = "its id" if len(named) == 1 else "the id of the one"
    raise _refused(level, asked_by, f"no object with id {ident}, but {_listed(level, named)}",
                   f"give {which} to start at: {asked_by} {named[0]}")


def _listed(level: LevelData, ids: list[int]) -> str:
    """`object 5 "extraction pad", object 9 "pad"` for the first LISTED of `ids`, and how many more."""
    more = f" and {len(ids) - LISTED} more" if len(ids) > LISTED else ""
    return ", ".join(named_object(ident, level.object_names[ident]) for ident in ids[:LISTED]) + more


def _refused(level: LevelData, asked_by: str, found: str, hint: str) -> ContentError:
    return ContentError([Problem(level.path, asked_by, EXPECTED, found, hint)], files=level.files)

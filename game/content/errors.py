"""Content errors: one clear line naming the file, the place, what was expected and what was found; and the file's
own words made safe to quote in that line."""

from dataclasses import dataclass, field


class Blamed(str):
    """A problem's place (`where`) whose mistake is in another file than the one it is found in: `source`, the
    template an object has a value from, which the designer fixes and saves to mend it."""

    source: str

    def __new__(cls, where: str, source: str) -> "Blamed":
        place = super().__new__(cls, where)
        place.source = source
        return place

    def __getnewargs__(self) -> tuple[str, str]:  # copied or pickled with its source
        return str(self), self.source


@dataclass(frozen=True)
class Problem:
    """One fault in a file: where it is, what was expected, what was found."""
    file: str
    where: str  # layer/object/key path, "" if the whole file
    expected: str
    found: str
    hint: str = ""
    # The file the designer fixes and saves to mend it, when another than `file`: a tileset or template the map
    # names (as the map names it). Not in the line, which names the place; the waiting page says what to save.
    source: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.source and isinstance(self.where, Blamed):
            object.__setattr__(self, "source", self.where.source)

    def __str__(self) -> str:
        return f"{self.file}: {self.without_file()}"

    def without_file(self) -> str:
        """The line without its file's name: for a list under a heading that already names the file."""
        text = f"expected {self.expected}, found {self.found}"
        text = f"{self.where}: {text}" if self.where else text
        return f"{text} ({self.hint})" if self.hint else text


@dataclass(frozen=True)
class Unchecked:
    """What a check of a map the loader refused leaves until it loads: the checks that need the whole level (`checks`,
    "the ways on foot, the gates and the time limit"), told once, after its problems, and not counted as one."""
    file: str
    checks: str

    def __str__(self) -> str:
        return f"{self.file}: {self.without_file()}"

    def without_file(self) -> str:
        return f"{self.checks} are checked once the problems above are fixed"


class ContentError(Exception):
    """One or more problems in a content file; str() gives one line per problem.

    `files`: every file the reading looked for before it refused, there or not (a map's tilesets, their images, its
    templates): live reload watches them, so putting a missing one back or saving one again is noticed. `read`: what
    was read of a map refused (level.PartRead), for the checker to look for more mistakes in; None for none.
    `unchecked`: the checks a map refused waits for (Unchecked), its last line; None for none."""

    def __init__(self, problems, files=(), read=None, unchecked: Unchecked | None = None) -> None:
        self.problems = tuple(problems)
        self.files = tuple(files)
        self.read = read
        self.unchecked = unchecked
        super().__init__("\n".join(map(str, (*self.problems, *filter(None, [unchecked])))))


def unreadable(error: OSError) -> str:
    """What was found where a file could not be read, in a player's words ("no file there", "a folder")."""
    if isinstance(error, FileNotFoundError):
        return "no file there"
    if isinstance(error, IsADirectoryError):
        return "a folder"
    if isinstance(error, PermissionError):
        return "a file this user may not read"
    return (error.strerror or str(error)).lower()


def clipped(text: str, limit: int = 60) -> str:
    """Words from a file, cut short for a message: a value or a key may be of any length."""
    return text if len(text) <= limit else text[:limit] + "…"


def quote(text: object, limit: int = 60) -> str:
    """Text from the file as it reads in a message: in double quotes, one line, not too long.

    Names and values come from a file anyone can edit; a newline in a layer name must not break the
    "one line per problem" promise, and a 10 MB string must not become a 10 MB message.
    """
    text = clipped(str(text), limit)
    if text.isprintable():  # nearly always: skip the per-character escaping
        return f'"{text}"'
    return '"' + "".join(c if c.isprintable() else repr(c)[1:-1] for c in text) + '"'


def named_object(object_id: object, name: str) -> str:
    """An object as a message names it: `object 7 "door guard"`, or `object 7` when it has no name (an empty pair of
    quotes read as a name the designer cannot find)."""
    return f"object {one_line(object_id, 12)}" + (f" {quote(name)}" if name else "")


def one_line(text: object, limit: int = 200) -> str:
    """Like quote() but without the quotes: for messages from Python itself (exceptions, parser errors)."""
    return quote(text, limit)[1:-1]

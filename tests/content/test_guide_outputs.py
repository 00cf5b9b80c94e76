"""The level-design guide's quoted checker output is what the checker prints: each `$ ... main.py check MAP` block
in docs/level-design.md and docs/level-design/reference.md is run and compared, line for line (the time aside), on
the map as the guide describes it; the lists of names its other examples quote are the game's own; and every link
into the guide, from the docs and the README, finds its page and heading."""

import re
import shutil
from pathlib import Path

import pytest

from game import cli
from game.content import check_campaign
from game.content.level_schema import OBJECT_CLASSES
from tests.maps import drop_down

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "docs" / "level-design.md", ROOT / "docs" / "level-design" / "reference.md"]
COMMAND = "$ .venv/bin/python main.py check "
TIME = re.compile(r" in \d+\.\d\d s, ")


def quoted_runs() -> list[tuple[Path, str, list[str]]]:
    """(page, map, the lines quoted after the command) for every quoted check run of one map."""
    runs = []
    for page in PAGES:
        for block in re.findall(r"```text\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
            first, *lines = block.splitlines()
            if first.startswith(COMMAND):
                runs.append((page, first[len(COMMAND):], lines))
    return runs


def campaign_copy(folder: Path) -> Path:
    """The game's levels/ and tilesets copied into `folder`, at the same relative paths, with the checker's campaign
    (levels/mars_base.tmx on) read there: a map can be broken as the guide breaks it without touching levels/."""
    shutil.copytree(ROOT / "levels", folder / "levels", ignore=shutil.ignore_patterns("*.tiled-session"))
    shutil.copytree(ROOT / "assets" / "tilesets", folder / "assets" / "tilesets")
    return folder / "levels"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer has {old!r}: the guide's example needs another way to break it"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def three_mistakes(levels: Path) -> None:
    """The guide's outpost with three mistakes: a spawn in a wall, an enemy kind misspelt, and a ridge of rock across
    the valley (a column of cliff from the top of the map to the bottom) so the extraction pad cannot be reached."""
    outpost = levels / "outpost.tmx"
    edit(outpost, 'name="gate guard" x="688" y="400"', 'name="gate guard" x="592" y="336"')
    edit(outpost, '<property name="holds_post" type="bool" value="true"/>',
         f'<property name="holds_post" type="bool" value="true"/>\n    {drop_down("kind", "dis2")}')
    text = outpost.read_text(encoding="utf-8")
    start = text.index('name="walls"')
    head, data, tail = re.match(r"(.*?<data encoding=\"csv\">\n)(.*?)(\n</data>.*)", text[start:], re.S).groups()
    rows = [row.rstrip(",").split(",") for row in data.splitlines()]
    for row in rows:
        row[31] = "62"  # a cliff joined above and below
    outpost.write_text(text[:start] + head + ",\n".join(",".join(row) for row in rows) + tail, encoding="utf-8")


def no_next_yet(levels: Path) -> None:
    """The walk-through's outpost at step 11: finished, but no `next` set yet (the campaign ends with it)."""
    edit(levels / "outpost.tmx", '  <property name="next" type="file" value="storm_canyon.tmx"/>\n', "")


# How each quoted run's map is made, by the words the guide introduces it with: none, the map as shipped
SETUPS = {"For a map with three mistakes in it": three_mistakes, "with no `next` of its own yet": no_next_yet}


def printed(map_name: str, setup, tmp_path, monkeypatch, capsys) -> list[str]:
    if setup is None:
        monkeypatch.chdir(ROOT)
    else:
        levels = campaign_copy(tmp_path)
        setup(levels)
        monkeypatch.setattr(check_campaign, "LEVELS", levels)
        monkeypatch.setattr(check_campaign, "FIRST_MISSION", levels / "mars_base.tmx")
        monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    cli.check([map_name])
    return [TIME.sub(" in 0.00 s, ", line) for line in capsys.readouterr().out.splitlines()]


def introduced_by(page: Path, map_name: str, lines: list[str]):
    """The setup the guide's words before a quoted run name, or None for a map as it ships."""
    text = page.read_text(encoding="utf-8")
    before = text[:text.index(COMMAND + map_name + "\n" + "\n".join(lines))][-400:]
    found = [setup for words, setup in SETUPS.items() if words in before]
    return found[-1] if found else None


def test_the_guide_quotes_check_runs_and_each_is_found():
    runs = quoted_runs()
    assert len(runs) >= 3, runs  # the walk-through's two maps and the catalogue's broken outpost
    assert all((ROOT / name).is_file() for _, name, _ in runs), runs


@pytest.mark.parametrize("page, map_name, lines", quoted_runs(),
                         ids=[f"{page.name}:{name}:{len(lines)}" for page, name, lines in quoted_runs()])
def test_each_check_run_the_guide_quotes_prints_what_it_quotes(page, map_name, lines, tmp_path, monkeypatch,
                                                               capsys):
    setup = introduced_by(page, map_name, lines)
    expected = [TIME.sub(" in 0.00 s, ", line) for line in lines]
    assert printed(map_name, setup, tmp_path, monkeypatch, capsys) == expected


def test_every_list_of_object_classes_the_guide_quotes_is_the_game_s():
    classes = ", ".join(sorted(OBJECT_CLASSES))
    quoted = [found for page in PAGES for found in re.findall(r"known: (enemy_spawn, [a-z_, ]+?)[;)]",
                                                              page.read_text(encoding="utf-8"))]
    assert quoted and all(found == classes for found in quoted), (classes, quoted)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation but - and _ dropped, spaces as -."""
    headings = re.findall(r"^#+ (.*)$", page.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


def test_every_link_into_the_guide_finds_its_page_and_heading():
    sources = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), PAGES[1]]
    broken = []
    for source in sources:
        for target, anchor in re.findall(r"\]\(([^)#\s]*level-design[^)#\s]*|)(?:#([^)\s]+))?\)",
                                         source.read_text(encoding="utf-8")):
            page = (source.parent / target).resolve() if target else source
            if page in PAGES and page.suffix == ".md" or (target == "" and source in PAGES and anchor):
                if not page.is_file() or (anchor and anchor not in anchors(page)):
                    broken.append(f"{source.relative_to(ROOT)}: ({target}#{anchor})")
            elif target and not page.exists():
                broken.append(f"{source.relative_to(ROOT)}: ({target})")
    assert broken == []

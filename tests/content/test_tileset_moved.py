"""A map moved away from the game's folders (or its tileset moved) loses its way to the game's tileset: the line
points to the game's tileset of that name, with its path from the map."""

import os
from pathlib import Path

from game.content.catalog import load_catalog
from game.content.check import check_map

ROOT = Path(__file__).resolve().parents[2]


def map_with_tileset(folder: Path, reference: str) -> Path:
    """A small map painted with the external tileset `reference`, as Tiled writes it."""
    cells = ",\n".join(",".join(["1"] * 6) for _ in range(5))
    path = folder / "moved.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" renderorder="right-down" width="6" height="5" tilewidth="32"
 tileheight="32" infinite="0" nextlayerid="3" nextobjectid="3">
 <tileset firstgid="1" source="{reference}"/>
 <layer id="1" name="ground" width="6" height="5"><data encoding="csv">{cells}</data></layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="player_spawn" x="48" y="80"><point/></object>
  <object id="2" name="pad" type="objective" x="96" y="32" width="64" height="96"/>
 </objectgroup>
</map>
""", encoding="utf-8")
    return path


def test_a_missing_tileset_of_a_name_the_game_has_is_pointed_to_with_its_path_from_the_map(tmp_path):
    folder = tmp_path / "my_act"  # was levels/: ../assets/tilesets/mars.tsx was the game's
    folder.mkdir()
    [line] = [str(problem) for problem in check_map(map_with_tileset(folder, "../assets/tilesets/mars.tsx"),
                                                    load_catalog()).problems]
    there = Path(os.path.relpath(ROOT / "assets" / "tilesets" / "mars.tsx", folder.resolve())).as_posix()
    assert line.endswith(f'(moved.tmx refers to "../assets/tilesets/mars.tsx"; the game\'s own '
                         f'assets/tilesets/mars.tsx is "{there}" from this map: Tiled lists it as a broken link as it '
                         "opens the map: click Locate File... and pick assets/tilesets/mars.tsx; or in the Tilesets "
                         "view, Replace Tileset (Map > Replace Tileset...) with it)")


def test_a_missing_tileset_the_game_has_no_namesake_of_is_told_to_be_restored(tmp_path):
    [line] = [str(problem) for problem in check_map(map_with_tileset(tmp_path, "art/moon.tsx"),
                                                    load_catalog()).problems]
    assert line.endswith('(moved.tmx refers to "art/moon.tsx"; restore the file or fix the path in Tiled)')

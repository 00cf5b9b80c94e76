"""The fourth mission, New York 1999: it loads with its own tileset, checks clean, blocks where its art stands and
lets by where the street is (as does the fifth, its landing field, painted with the same tileset), its checkpoint's
gate shuts on the scanners' alarm, and the campaign leads to it after the storm canyon, and from it to the landing
field."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pygame
import pytest

from game.content.catalog import load_catalog
from game.content.chain import LEVELS, follow
from game.content.check_campaign import check_paths
from game.content.level import load_level
from game.content.reach import Reach

ROOT = Path(__file__).resolve().parents[2]
NEW_YORK = LEVELS / "new_york.tmx"
LANDING_FIELD = LEVELS / "landing_field.tmx"
TSX = ROOT / "assets" / "tilesets" / "new_york.tsx"
PNG = ROOT / "assets" / "tilesets" / "new_york.png"
FLIPS = 0xE0000000

# Tile ids by what the tileset's rows draw (tools/art/tileset_ny.py): what stands blocks, what lies flat does not.
STREET = set(range(0, 8)) | {80, 81, 84, 85}  # asphalt, lane paint, crosswalks, strewn asphalt, storm drain
SIDEWALK = set(range(8, 15)) | set(range(88, 92))  # slabs, curbs, corners
FLAT = STREET | SIDEWALK | {15, 82, 83} | set(range(16, 24)) | {86, 87, 92, 93}  # + ash, deck, litter, roof details
STANDING = set(range(24, 32)) | {94}  # cars, barricades, rubble heap, pylon, drum; the landing field's cargo crate
TOWERS, RUINS, CHECKPOINT = set(range(32, 48)), set(range(48, 64)), set(range(64, 80))


def tile_id(gid):
    return (gid & ~FLIPS) - 1  # the map's one tileset starts at gid 1


def cells(level, layer_name):
    [layer] = [layer for layer in level.layers if layer.name == layer_name]
    return [(row, col, tile_id(gid)) for row, line in enumerate(layer.cells) for col, gid in enumerate(line) if gid]


def test_new_york_loads_with_its_own_tileset_title_and_objective():
    level = load_level(NEW_YORK)
    assert level.title == "New York, Occupied Manhattan — 1999"
    assert str(TSX) in level.files and str(PNG) in level.files
    assert not any("mars" in Path(f).name for f in level.files)  # nothing of Mars's tileset
    assert [layer.name for layer in level.layers] == ["ground", "decoration", "walls", "roof"]
    assert level.storm == 0 and level.time_limit == 300
    [objective] = level.objectives
    assert objective.hold > 0 and objective.text == "Hold the checkpoint's uplink"
    scanners = next(t for t in level.triggers if t.action == "alarm")
    # on Normal the scanner lane's alarm brings a Dis, and five Dis stand at the start; Hard keeps a sixth, the corner
    # guard, and the alarm's Bul
    for difficulty, guards, called in (("normal", 5, ["dis"]), ("hard", 6, ["bul", "dis"])):
        spawns = [spawn for spawn in level.enemy_spawns if spawn.placed_on(difficulty)]
        at_start = [spawn for spawn in spawns if not spawn.arrives]
        assert len(at_start) == guards and all(spawn.kind == "dis" for spawn in at_start)
        assert sorted(spawn.kind for spawn in spawns if spawn.arrives == scanners.object_id) == called
    assert any(t.text.startswith("Rei: ") for t in level.triggers)


def test_new_york_checks_clean_with_the_campaign():
    results = check_paths([NEW_YORK], load_catalog())
    assert {result.path.name for result in results} == {"mars_base.tmx", "outpost.tmx", "storm_canyon.tmx",
                                                        "new_york.tmx", "landing_field.tmx", "command.tmx"}
    for result in results:
        assert result.problems == () and result.warnings == (), result.path


@pytest.mark.parametrize("path", [NEW_YORK, LANDING_FIELD], ids=lambda path: path.name)
def test_every_tower_ruin_checkpoint_wall_and_street_obstacle_blocks_and_the_street_lets_by(path):
    level = load_level(path)
    walls = cells(level, "walls")
    kinds = {name: [(r, c) for r, c, tid in walls if tid in ids]
             for name, ids in (("tower", TOWERS), ("ruin", RUINS), ("checkpoint", CHECKPOINT),
                               ("standing", STANDING))}
    assert all(len(found) >= 8 for found in kinds.values()), {k: len(v) for k, v in kinds.items()}
    for name, found in kinds.items():
        assert all(level.solid[r][c] for r, c in found), f"a {name} tile that lets machines through"
    assert all(tid in TOWERS | RUINS | CHECKPOINT | STANDING for _, _, tid in walls)  # walls: only what stands
    # Every cell with nothing standing on it (street, sidewalk, deck, ash, what lies on them) lets machines by.
    standing = {(r, c) for r, c, _ in walls}
    ground = cells(level, "ground")
    open_cells = [(r, c, tid) for r, c, tid in ground if (r, c) not in standing]
    assert sum(tid in STREET for _, _, tid in open_cells) > 500 and sum(tid in SIDEWALK for *_, tid in open_cells) > 200
    assert all(tid in FLAT for _, _, tid in open_cells)
    assert not any(level.solid[r][c] for r, c, _ in open_cells)
    for name in ("decoration", "roof"):
        assert all(tid in FLAT for _, _, tid in cells(level, name)), name
    # The roof's details (warning lights, plant) sit on the towers only, drawn over them.
    assert all((r, c) in set(kinds["tower"]) for r, c, _ in cells(level, "roof"))


def test_the_tileset_marks_solid_exactly_what_its_art_draws_standing():
    root = ET.parse(TSX).getroot()
    solid = {int(tile.get("id")) for tile in root.iter("tile")
             if any(p.get("name") == "solid" and p.get("value") == "true" for p in tile.iter("property"))}
    assert solid == TOWERS | RUINS | CHECKPOINT | STANDING
    assert int(root.get("tilecount")) == 96 and root.find("image").get("source") == "new_york.png"
    sheet = pygame.image.load(str(PNG))
    alpha = pygame.surfarray.array_alpha(sheet)

    def opaque(tid):
        x, y = (tid % 8) * 32, (tid // 8) * 32
        return alpha[x:x + 32, y:y + 32].min() == 255

    # The blocks and the ground are whole tiles; what stands in the street is drawn over the ground, not a square.
    assert all(opaque(tid) for tid in TOWERS | RUINS | CHECKPOINT | STREET | SIDEWALK)
    assert not any(opaque(tid) for tid in STANDING | set(range(16, 24)) | {86, 87, 92, 93})


def test_the_campaign_goes_from_the_storm_canyon_to_new_york_its_landing_field_then_the_command_and_ends_there():
    chain = follow()
    assert [Path(level.path).name for level in chain.levels] == ["mars_base.tmx", "outpost.tmx",
                                                                 "storm_canyon.tmx", "new_york.tmx",
                                                                 "landing_field.tmx", "command.tmx"]
    assert chain.problem is None
    canyon = load_level(LEVELS / "storm_canyon.tmx")
    assert Path(canyon.next_level).resolve() == NEW_YORK.resolve()
    assert Path(load_level(NEW_YORK).next_level).resolve() == LANDING_FIELD.resolve()
    assert Path(load_level(LANDING_FIELD).next_level).resolve() == (LEVELS / "command.tmx").resolve()
    assert chain.levels[-1].next_level == ""


def test_the_checkpoint_gate_fills_its_west_entrance_and_shuts_on_the_scanners_alarm_leaving_the_south_one_open():
    level = load_level(NEW_YORK)
    [gate] = level.gates
    scanners = next(t for t in level.triggers if t.action == "alarm")
    assert gate.shuts == scanners.object_id and not gate.starts_shut  # open until the Layzner is registered
    cells = gate.cells(level.tile_width, level.tile_height)
    columns, rows = {column for column, _ in cells}, [row for _, row in cells]
    assert len(columns) == 1 and len(cells) == 3, cells  # one tile deep across the three-tile entrance
    [column] = columns
    assert not any(level.solid[row][column] for row in rows)  # open on the map: the gate alone walls it
    assert level.solid[min(rows) - 1][column] and level.solid[max(rows) + 1][column]  # the checkpoint's wall each side
    # Shut, it leaves the checkpoint's south entrance: the uplink can still be walked to.
    [uplink] = level.objectives
    assert Reach(level.with_gates((True,)), load_catalog().units["layzner"].radius).any_inside(uplink.region)
    # The player is told at once why the way is shut and where the way in is: Rei's line from the scanners' lane.
    warning, way_in = [t for t in level.triggers if t.action == "message" and t.region == scanners.region
                       and t.name.startswith("scanner")]  # beside them, Rei's word on the lane's supply cache
    assert "sealing the gate" in warning.text and "south entrance" in way_in.text


def test_new_york_opens_on_reis_story_line_at_once_with_no_input_and_says_the_jump_from_mars():
    """Rei gave only the generic "Layzner online" as New York began: the Manhattan line lay on the hideout trigger,
    north of the spawn, and waited for a step. It is said at tick 0 now, as Mars's briefing is, and says the three
    years since Mars; the hold's line follows it."""
    from game.session import new_game
    from game.sim.events import AdvisorSpoke
    game = new_game(NEW_YORK, seed=1)
    said = []
    for _ in range(12 * 60):  # hands off the controls
        at = game.res.clock.tick
        said += [(at, event.situation, event.text) for event in game.step()
                 if isinstance(event, AdvisorSpoke) and event.speaker == "rei"]
    game.close()
    tick, situation, words = said[0]
    assert (tick, situation) == (0, "message")
    assert "1999, three years after Mars" in words and "New York under Gradosian rule" in words
    assert "level_start" not in [situation for _, situation, _ in said]
    assert any("Hold position" in words for _, situation, words in said[1:] if situation == "message")

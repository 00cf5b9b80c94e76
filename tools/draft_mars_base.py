"""Drafted levels/mars_base.tmx from a plan in code; regenerate it with `python tools/draft_mars_base.py`.

Documents how the autotiles are meant to be used (id = base + N·1 + E·2 + S·4 + W·8) and writes the map the way
Tiled 1.8 saves it: objects are instances of the templates in levels/templates/ (`template="templates/…tx"`),
with only what differs from the template written on the instance. Spawns also carry their class and `kind`
on the instance, so a reader that does not resolve templates still finds them. Edits made in Tiled are lost
when this runs again: change the plan here, run it, then open the result in Tiled to check it.
"""

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "levels" / "mars_base.tmx"
W, H, TILE = 64, 40, 32
FIRSTGID = 1

GROUND_A, GROUND_B, GROUND_C, DARK_DUST, CRACKED, RIPPLES, PALE_SAND, GRAVEL = range(8)
PEBBLES, SMALL_ROCK, SMALL_CRATER, TREADS_H, TREADS_V, SCORCH, DEBRIS, CABLE = range(8, 16)
BOULDER, BOULDERS, OUTCROP, TALL_ROCK, HULL, WING, CRATES, FUEL_TANK = range(16, 24)
DECK, DECK_HAZARD, GRATE, CONCRETE, DECK_LINE, PAD_MARK, DECK_CRACKED, DECK_LIGHT = range(24, 32)
WALL_BASE, BREACH, RUBBLE_PILE, LOOSE_RUBBLE, BIG_CRATER, BEACON = 32, 48, 49, 50, 51, 52
ROCK_BASE = 56


def plan():
    """The map as three grids of local tile ids (None = empty) plus its objects."""
    rng = random.Random(1996)
    rock = [[False] * W for _ in range(H)]
    wall = [[False] * W for _ in range(H)]

    def fill(grid, c0, r0, c1, r1):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                grid[r][c] = True

    # Cliffs all round, with bays and buttresses so the edge does not read as a ruler line.
    fill(rock, 0, 0, W - 1, 1); fill(rock, 0, H - 2, W - 1, H - 1)
    fill(rock, 0, 0, 1, H - 1); fill(rock, W - 2, 0, W - 1, H - 1)
    for c0, r0, c1, r1 in [(2, 9, 4, 13), (2, 24, 2, 28), (29, 2, 34, 3), (58, 19, 61, 24), (19, 36, 24, 37),
                           (2, 2, 5, 3), (56, 2, 61, 4), (60, 30, 61, 37), (40, 37, 47, 37), (12, 2, 14, 2)]:
        fill(rock, c0, r0, c1, r1)
    # Mesas and a ridge: cover for flanking, sight blockers between the start and the base.
    for c0, r0, c1, r1 in [(8, 6, 11, 9), (9, 10, 10, 11), (49, 31, 53, 34), (48, 32, 48, 33),
                           (50, 8, 52, 14), (51, 15, 51, 16), (13, 20, 15, 22), (14, 23, 14, 24)]:
        fill(rock, c0, r0, c1, r1)

    # The UN base: a walled compound with three doors, a breach and an inner bulkhead.
    for c in range(24, 44):
        wall[12][c] = wall[27][c] = True
    for r in range(12, 28):
        wall[r][24] = wall[r][43] = True
    for r in range(12, 20):
        wall[r][34] = True
    for c in (32, 33, 34):
        wall[27][c] = False          # south door
    for r in (18, 19, 20):
        wall[r][24] = False          # west door
    for r in (21, 22, 23):
        wall[r][43] = False          # east door
    for r in (15, 16):
        wall[r][34] = False          # inner door
    breaches = {(28, 12), (29, 12)}  # the north wall was blown in

    ground = [[None] * W for _ in range(H)]
    deco = [[None] * W for _ in range(H)]
    solid_layer = [[None] * W for _ in range(H)]

    for r in range(H):
        for c in range(W):
            ground[r][c] = _ground(c, r, rng)
    for r in range(13, 27):
        for c in range(25, 43):
            ground[r][c] = DECK if (c + r) % 7 else DECK_LINE
    for r in range(21, 27):
        ground[r][33] = PAD_MARK  # chevrons lead in from the south door
    for r, c in [(26, 32), (26, 33), (26, 34)]:
        ground[r][c] = DECK_HAZARD
    for r, c in [(13, 26), (13, 41), (26, 26), (26, 41), (17, 30)]:
        ground[r][c] = DECK_LIGHT
    for r, c in [(22, 28), (23, 29), (14, 38), (16, 27)]:
        ground[r][c] = DECK_CRACKED
    for r in range(18, 21):
        ground[r][25] = GRATE

    for r in range(H):
        for c in range(W):
            if rock[r][c]:
                solid_layer[r][c] = ROCK_BASE + _mask(rock, c, r, edge=True)
            elif wall[r][c]:
                solid_layer[r][c] = BREACH if (c, r) in breaches else WALL_BASE + _mask(wall, c, r, edge=False)

    obstacles = {(27, 14): CRATES, (28, 14): CRATES, (37, 17): CRATES, (40, 14): FUEL_TANK, (41, 14): FUEL_TANK,
                 (30, 25): CRATES, (10, 30): HULL, (11, 30): HULL, (12, 31): WING, (8, 33): BOULDER,
                 (15, 8): BOULDERS, (18, 17): BOULDER, (46, 5): OUTCROP, (56, 8): TALL_ROCK, (30, 33): BOULDERS,
                 (40, 31): BOULDER, (57, 27): OUTCROP, (20, 27): BOULDER, (6, 17): BOULDERS, (48, 20): BOULDER,
                 (28, 11): RUBBLE_PILE, (26, 6): TALL_ROCK, (38, 7): BOULDER}
    for (c, r), tile in obstacles.items():
        solid_layer[r][c] = tile

    # Decoration: scattered by chance on open ground, plus deliberate story marks.
    for r in range(H):
        for c in range(W):
            if solid_layer[r][c] is None and ground[r][c] < DECK and rng.random() < 0.07:
                deco[r][c] = rng.choice([PEBBLES, PEBBLES, SMALL_ROCK, SMALL_CRATER, PEBBLES, SMALL_ROCK])
    for c in range(9, 32):
        deco[29][c] = TREADS_H if solid_layer[29][c] is None else None
    for r in range(28, 29):
        deco[r][33] = TREADS_V
    for c, r, tile in [(9, 31, SCORCH), (12, 30, SCORCH), (13, 32, DEBRIS), (10, 32, DEBRIS), (11, 29, CABLE),
                       (29, 13, LOOSE_RUBBLE), (28, 13, LOOSE_RUBBLE), (27, 11, LOOSE_RUBBLE), (30, 11, DEBRIS),
                       (21, 15, BIG_CRATER), (47, 25, BIG_CRATER), (36, 31, BIG_CRATER), (31, 28, BEACON),
                       (35, 28, BEACON), (22, 19, BEACON), (22, 21, SCORCH), (45, 22, SCORCH)]:
        deco[r][c] = tile

    def centre(c, r):
        return c * TILE + TILE / 2, r * TILE + TILE / 2

    # (id, template, name, position, overrides): overrides are what the instance changes or adds on top of
    # its template: "type" (the class), "shape" + "points", "size", and custom properties.
    objects = [
        (1, "player_spawn", "Eiji", centre(5, 33), {"type": "player_spawn"}),
        (2, "patrol_path", "perimeter", centre(22, 10),
         {"shape": "polygon", "points": [(0, 0), (24 * TILE, 0), (24 * TILE, 20 * TILE), (0, 20 * TILE)]}),
        (3, "patrol_path", "north ridge", centre(16, 5),
         {"points": [(0, 0), (24 * TILE, 0), (24 * TILE, 4 * TILE)]}),
        (4, "patrol_path", "east flank", centre(55, 12), {"points": [(0, 0), (0, 16 * TILE)]}),
        (5, "enemy_spawn", "perimeter guard", centre(22, 10), {"type": "enemy_spawn", "kind": "dis", "patrol": 2}),
        (6, "enemy_spawn", "ridge walker", centre(16, 5), {"type": "enemy_spawn", "kind": "dis", "patrol": 3}),
        (7, "enemy_spawn", "east sentry", centre(55, 12), {"type": "enemy_spawn", "kind": "dis", "patrol": 4}),
        (8, "enemy_spawn", "hangar guard", centre(38, 19), {"type": "enemy_spawn", "kind": "dis"}),
        (9, "enemy_spawn", "yard guard", centre(29, 22), {"type": "enemy_spawn", "kind": "dis"}),
        (10, "enemy_spawn", "mesa lookout", centre(17, 13), {"type": "enemy_spawn", "kind": "dis"}),
        # Walking up the chevrons to the south door: Rei reads the compound before the pilot is inside it.
        (11, "trigger", "south door", (31 * TILE, 27 * TILE),
         {"size": (5 * TILE, 3 * TILE),
          "text": "Rei: Gradosian machines inside the compound. Two of them, holding position."}),
        # The west door lies on the straight line from the wreck to the base; the red beacon beside it is a
        # perimeter sensor, and walking past it brings every machine on the map.
        (12, "trigger", "west door sensor", (19 * TILE, 17 * TILE), {"size": (5 * TILE, 5 * TILE), "action": "alarm"}),
        # A squall over the east flank: the sentry there sees little, and so does the pilot.
        (13, "zone", "east squall", (46 * TILE, 13 * TILE), {"size": (14 * TILE, 17 * TILE), "strength": 0.6}),
        # An alarm shows nothing by itself: a message over the same ground tells the pilot what just happened.
        (14, "trigger", "sensor warning", (19 * TILE, 17 * TILE),
         {"size": (5 * TILE, 5 * TILE),
          "text": "Rei: Perimeter sensor tripped. Every Gradosian unit is converging on your position."}),
    ]
    return ground, deco, solid_layer, objects


def _ground(c, r, rng):
    # The plain ochres (0-2) cover the ground; the accent tiles (3-7) have a feature in the middle and
    # read as a pattern if they repeat, so they are scattered thinly.
    roll = rng.random()
    if roll < 0.06:
        return rng.choice([DARK_DUST, CRACKED, RIPPLES, PALE_SAND, GRAVEL])
    return (GROUND_A, GROUND_A, GROUND_B, GROUND_C)[int(roll * 1000) % 4]


def _mask(grid, c, r, edge):
    def at(cc, rr):
        if 0 <= cc < W and 0 <= rr < H:
            return grid[rr][cc]
        return edge
    return at(c, r - 1) * 1 + at(c + 1, r) * 2 + at(c, r + 1) * 4 + at(c - 1, r) * 8


def _csv(grid):
    rows = [",".join(str(0 if t is None else t + FIRSTGID) for t in row) for row in grid]
    return ",\n".join(rows)


TEMPLATE_PROPERTY_TYPES = {  # how each overridden property is written: (type attribute, custom enum type)
    "kind": ("string", None), "patrol": ("object", None), "action": ("string", "TriggerAction"),
    "text": ("string", None), "once": ("bool", None), "strength": ("float", None),
}
ENUM_KIND = {"enemy_spawn": "EnemyKind", "zone": "ZoneKind"}


def _object_xml(oid, template, name, pos, overrides):
    """One object as Tiled 1.8 writes a template instance: the template, then only what the instance sets."""
    overrides = dict(overrides)
    x, y = pos
    attrs = f'id="{oid}" template="templates/{template}.tx" name="{_xml(name)}"'
    if "type" in overrides:
        attrs += f' type="{overrides.pop("type")}"'
    attrs += f' x="{x:g}" y="{y:g}"'
    if "size" in overrides:
        w, h = overrides.pop("size")
        attrs += f' width="{w:g}" height="{h:g}"'
    shape = overrides.pop("shape", "polyline") if "points" in overrides else None
    points = overrides.pop("points", None)
    body = []
    if overrides:
        body.append("   <properties>")
        for key in sorted(overrides):  # Tiled writes properties sorted by name
            value = overrides[key]
            kind, enum = TEMPLATE_PROPERTY_TYPES[key]
            if key == "kind":
                enum = ENUM_KIND[template]
            if kind == "bool":
                value = "true" if value else "false"
            typed = "" if kind == "string" else f' type="{kind}"'  # Tiled leaves out the default type
            typed += f' propertytype="{enum}"' if enum else ""
            body.append(f'    <property name="{key}"{typed} value="{_xml(str(value))}"/>')
        body.append("   </properties>")
    if points is not None:
        body.append(f'   <{shape} points="{" ".join(f"{px:g},{py:g}" for px, py in points)}"/>')
    if not body:
        return f"  <object {attrs}/>"
    return f"  <object {attrs}>\n" + "\n".join(body) + "\n  </object>"


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write():
    ground, deco, solid_layer, objects = plan()
    objs = "\n".join(_object_xml(*o) for o in objects)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" tiledversion="1.8.2" orientation="orthogonal" renderorder="right-down" width="{W}" height="{H}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" nextlayerid="5" nextobjectid="{max(o[0] for o in objects) + 1}">
 <properties>
  <property name="storm" type="float" value="0.15"/>
  <property name="title" value="Mars, UN Base Cydonia — 1996"/>
  <property name="wind" type="float" value="200"/>
  <property name="wind_speed" type="float" value="55"/>
 </properties>
 <tileset firstgid="{FIRSTGID}" source="../assets/tilesets/mars.tsx"/>
 <layer id="1" name="ground" width="{W}" height="{H}">
  <data encoding="csv">
{_csv(ground)}
</data>
 </layer>
 <layer id="2" name="decoration" width="{W}" height="{H}">
  <data encoding="csv">
{_csv(deco)}
</data>
 </layer>
 <layer id="3" name="walls" width="{W}" height="{H}">
  <data encoding="csv">
{_csv(solid_layer)}
</data>
 </layer>
 <objectgroup id="4" name="objects">
{objs}
 </objectgroup>
</map>
"""
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(xml, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    write()

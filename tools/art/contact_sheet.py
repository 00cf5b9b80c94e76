"""The contact sheet (for looking at the art; not part of the game): every sprite, the tileset, a mock scene."""

import random

import pygame

from tools.art.sheet_layout import SheetLayout, scaled
from tools.art.tiles_grid import COLS, E, N, ROWS, S, TILE, W


def autotile_mask(grid, x, y, kind, outside_is=None):
    m = 0
    for bit, (dx, dy) in ((N, (0, -1)), (E, (1, 0)), (S, (0, 1)), (W, (-1, 0))):
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(grid) and 0 <= nx < len(grid[0]):
            same = grid[ny][nx] == kind
        else:
            same = outside_is == kind
        if same:
            m |= bit
    return m


def mock_scene(tileset):
    """12x8 tiles: rock border, a walled compound with a gap, obstacles."""
    def tile(tid):
        return tileset.subsurface(((tid % COLS) * TILE, (tid // COLS) * TILE, TILE, TILE))

    layout = [
        "RRRRRRRRRRRR",
        "R....b....RR",
        "R.WWWW.WWW.R",
        "R.WfffffhW.R",
        "R.WfffffhW.R",
        "R.WWWWWWWW.R",
        "Rc..o...B.RR",
        "RRRRRRRRRRRR",
    ]
    rng = random.Random(9)
    scene = pygame.Surface((12 * TILE, 8 * TILE), pygame.SRCALPHA)
    for y, row in enumerate(layout):
        for x, ch in enumerate(row):
            ground = rng.choice([0, 0, 1, 1, 2, 3, 4, 5, 6, 7])
            if ch in "fh":
                ground = 24 if ch == "f" else 25
            scene.blit(tile(ground), (x * TILE, y * TILE))
            if ch == "R":
                scene.blit(tile(56 + autotile_mask(layout, x, y, "R", "R")), (x * TILE, y * TILE))
            elif ch == "W":
                scene.blit(tile(32 + autotile_mask(layout, x, y, "W")), (x * TILE, y * TILE))
            elif ch == "b":
                scene.blit(tile(16), (x * TILE, y * TILE))
            elif ch == "B":
                scene.blit(tile(22), (x * TILE, y * TILE))
            elif ch == "o":
                scene.blit(tile(19), (x * TILE, y * TILE))
            elif ch == "c":
                scene.blit(tile(17), (x * TILE, y * TILE))
    for tid, (x, y) in ((11, (1, 5)), (11, (2, 6)), (13, (7, 1)), (9, (9, 1)), (8, (3, 1)), (10, (10, 4)),
                        (14, (5, 6)), (52, (6, 2))):
        scene.blit(tile(tid), (x * TILE, y * TILE))
    return scene


def make_sheet(path, sprites, tileset):
    """Contact sheet on Mars ochre: every sprite at 2x and 4x, the mechs at
    1x and rotated, the tileset at 2x, a 10x10 mixed-ground seam test and a
    12x8 mock scene."""
    page = SheetLayout(1800, 6000, (176, 104, 58))
    place, newline = page.place, page.newline
    strips = {"explosion": 96, "particles": 16}
    for name, img in sprites:
        if name in strips:
            continue
        place("%s x2" % name, scaled(img, 2))
        place("%s x4" % name, scaled(img, 4))
    for name, fw in strips.items():
        img = dict(sprites)[name]
        newline()
        place("%s x1" % name, img)
        place("%s x2" % name, scaled(img, 2))
        newline()
        for i in range(img.get_width() // fw):
            place("%s[%d] x4" % (name, i), scaled(img.subsurface((i * fw, 0, fw, img.get_height())), 4))
    newline(30)

    lz, ds = dict(sprites)["layzner"], dict(sprites)["dis"]
    th, wreck = dict(sprites)["layzner_thrust"], dict(sprites)["dis_wreck"]
    pair = pygame.Surface((72 * 3, 72), pygame.SRCALPHA)
    pair.blit(th, (0, 0))
    pair.blit(lz, (0, 0))
    pair.blit(ds, (72, 0))
    pair.blit(wreck, (144, 0))
    place("1x: layzner+thrust, dis, wreck", pair)
    rot = pygame.Surface((8 * 80, 170), pygame.SRCALPHA)
    for i, ang in enumerate(range(0, 360, 45)):
        for j, img in enumerate((lz, ds)):
            r = pygame.transform.rotate(img, ang)
            rot.blit(r, (i * 80 + 40 - r.get_width() // 2, j * 85 + 42 - r.get_height() // 2))
    place("1x rotated", rot)
    newline(30)

    ts2 = pygame.Surface((tileset.get_width() * 2, tileset.get_height() * 2))
    ts2.fill((60, 60, 70))
    ts2.blit(scaled(tileset, 2), (0, 0))
    for tid in range(COLS * ROWS):  # id labels
        small = pygame.font.Font(None, 14).render(str(tid), True, (255, 255, 255))
        ts2.blit(small, ((tid % COLS) * 64 + 2, (tid // COLS) * 64 + 2))
    place("tileset x2 (ids)", ts2)
    rng = random.Random(5)
    ground = pygame.Surface((320, 320))
    for j in range(10):
        for i in range(10):
            tid = rng.choice(range(8))
            ground.blit(tileset.subsurface((tid * TILE, 0, TILE, TILE)), (i * TILE, j * TILE))
    place("10x10 mixed ground ids 0-7", ground)
    scene = mock_scene(tileset)
    scene.blit(th, (150, 40))
    scene.blit(lz, (150, 40))
    scene.blit(pygame.transform.rotate(ds, 200), (250, 100))
    scene.blit(wreck, (60, 160))
    place("mock scene x1", scene)
    newline(30)
    place("mock scene x2", scaled(scene, 2))
    place("ground x2", scaled(ground, 2))
    newline(10)
    page.save(path)

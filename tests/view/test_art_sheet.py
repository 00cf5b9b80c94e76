"""The art sheets' page grows with what is placed on it: a sheet with more art than its first size keeps all of it."""

import pygame

from tools.art.sheet_layout import SheetLayout


def test_a_sheet_with_more_art_than_its_first_page_keeps_all_of_it_and_saves(tmp_path):
    pygame.init()
    page = SheetLayout(200, 100, (176, 104, 58))
    for index in range(6):  # one to a row, six rows: five times the page's first height
        image = pygame.Surface((150, 60))
        image.fill((200, 40 * index, 0))
        page.place(f"image {index}", image)
    page.save(tmp_path / "sheet.png")
    saved = pygame.image.load(tmp_path / "sheet.png")
    assert saved.get_height() >= 10 + 6 * (18 + 60)  # every row, the last one whole
    assert saved.get_at((20, saved.get_height() - 30))[:3] == (200, 200, 0)  # the last image, at the bottom
    pygame.quit()

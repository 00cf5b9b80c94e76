"""The page of a sheet for looking at the art: labelled images placed left to right in rows that wrap."""

import pygame


class SheetLayout:
    """A page of one colour; place() puts each image under its label after the last one, or on a new row. `height` is
    where the page starts: it grows as rows run past it, so a sheet with more art than was guessed keeps all of it."""

    def __init__(self, width, height, colour):
        pygame.font.init()
        self.font = pygame.font.Font(None, 20)
        self.width = width
        self.colour = colour
        self.sheet = pygame.Surface((width, height))
        self.sheet.fill(colour)
        self.x, self.y, self.row = 10, 10, 0

    def label(self, text, pos):
        self.sheet.blit(self.font.render(text, True, (20, 10, 6)), pos)

    def newline(self, gap=24):
        self.x, self.y, self.row = 10, self.y + self.row + gap, 0

    def place(self, name, img):
        w, h = img.get_size()
        if self.x + w > self.width - 10:
            self.newline()
        self._reach(self.y + h + 18)
        self.label(name, (self.x, self.y))
        self.sheet.blit(img, (self.x, self.y + 18))
        self.x += max(w, self.font.size(name)[0]) + 16
        self.row = max(self.row, h + 18)

    def save(self, path):
        """Writes the page down to the last row placed (and the gap after it, if a newline followed)."""
        bottom = max(self.y, self.y + self.row)
        self._reach(bottom)
        pygame.image.save(self.sheet.subsurface((0, 0, self.width, bottom)), path)

    def _reach(self, bottom):
        """Make the page at least `bottom` px tall, doubling so a long sheet is copied a few times, not per row."""
        height = self.sheet.get_height()
        if bottom <= height:
            return
        taller = pygame.Surface((self.width, max(bottom, 2 * height)))
        taller.fill(self.colour)
        taller.blit(self.sheet, (0, 0))
        self.sheet = taller


def scaled(img, k):
    return pygame.transform.scale(img, (img.get_width() * k, img.get_height() * k))

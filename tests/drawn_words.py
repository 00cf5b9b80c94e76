"""Tests' ears on a screen: every string a module draws with draw_text, in order, or where it sets each."""


def record_drawn_words(monkeypatch, module) -> list[str]:
    """Replace `module`'s draw_text with one that also notes each string; returns the list it fills."""
    words = []
    real = module.draw_text

    def draw_text(surface, text, *args, **kwargs):
        words.append(text)
        return real(surface, text, *args, **kwargs)

    monkeypatch.setattr(module, "draw_text", draw_text)
    return words


def record_drawn_rects(monkeypatch, module) -> dict:
    """Replace `module`'s draw_text with one that also notes where each string is set (the last place, for a string
    set twice); returns the dict it fills, string -> pygame.Rect."""
    rects = {}
    real = module.draw_text

    def draw_text(surface, text, *args, **kwargs):
        rects[text] = real(surface, text, *args, **kwargs)
        return rects[text]

    monkeypatch.setattr(module, "draw_text", draw_text)
    return rects

"""Tests' ears on a screen: every string a module draws with draw_text, in order, or where it sets each."""


def record_drawn_words(monkeypatch, *modules) -> list[str]:
    """Replace each of `modules`' draw_text with one that also notes each string; returns the list they fill, in the
    order drawn."""
    words = []
    for module in modules:
        def draw_text(surface, text, *args, real=module.draw_text, **kwargs):
            words.append(text)
            return real(surface, text, *args, **kwargs)

        monkeypatch.setattr(module, "draw_text", draw_text)
    return words


def record_drawn_rects(monkeypatch, *modules) -> dict:
    """Replace each of `modules`' draw_text with one that also notes where each string is set (the last place, for a
    string set twice); returns the dict they fill, string -> pygame.Rect."""
    rects = {}
    for module in modules:
        def draw_text(surface, text, *args, real=module.draw_text, **kwargs):
            rects[text] = real(surface, text, *args, **kwargs)
            return rects[text]

        monkeypatch.setattr(module, "draw_text", draw_text)
    return rects

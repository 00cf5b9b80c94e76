"""Tests' ears on a screen: every string a module draws with draw_text, in order."""


def record_drawn_words(monkeypatch, module) -> list[str]:
    """Replace `module`'s draw_text with one that also notes each string; returns the list it fills."""
    words = []
    real = module.draw_text

    def draw_text(surface, text, *args, **kwargs):
        words.append(text)
        return real(surface, text, *args, **kwargs)

    monkeypatch.setattr(module, "draw_text", draw_text)
    return words

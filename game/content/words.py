"""Counted nouns for messages and pages, spelt one way everywhere: "1 tile", "3 tiles"."""


def counted(count: int, noun: str) -> str:
    """`count` and `noun`, the noun plural (an s) unless the count is one: "1 run", "0 runs", "2 more problems"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"

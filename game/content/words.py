"""Words for messages and pages, spelt one way everywhere: counted nouns ("1 tile", "3 tiles"), an objective's order
inside a sentence."""


def counted(count: int, noun: str) -> str:
    """`count` and `noun`, the noun plural (an s) unless the count is one: "1 run", "0 runs", "2 more problems"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def order_in_sentence(order: str) -> str:
    """An objective's order as part of a sentence that ends it, its own closing mark dropped: "Take the beacon!" in
    "Next: {next}." reads "Next: Take the beacon.", not "Take the beacon!.". An order of nothing but marks stays."""
    return order.strip().rstrip(".!?…").rstrip() or order.strip()

"""Weather: how much a storm (over the whole map, or in a zone; of dust or rain) cuts how far machines can see."""

STORM_SIGHT_LOSS = 0.6  # share of sight range a full-strength storm takes away


def storm_at(level, x: float, y: float) -> float:
    """Storm strength 0..1 at a point: the map's storm, or a stronger zone around the point. A zone's kind (dust_storm
    or rain), as the map's weather, is only how it looks: a designer swaps it without balancing the level again."""
    strength = level.storm
    for zone in level.zones:
        if zone.strength > strength and zone.region.contains(x, y):
            strength = zone.strength
    return strength


def visibility(level, x0: float, y0: float, x1: float, y1: float) -> float:
    """Share of normal sight range left between two points: the thicker storm of the two ends wins."""
    if not level.zones:  # the map's storm alone, the same at both ends (asked by every pilot, every look)
        return 1.0 - STORM_SIGHT_LOSS * level.storm
    return 1.0 - STORM_SIGHT_LOSS * max(storm_at(level, x0, y0), storm_at(level, x1, y1))

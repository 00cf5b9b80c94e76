"""How messages name a map object's place in the designer's terms: the X and Y Tiled shows in the object's properties,
and which part of it lies past which edge of the map."""

# (side, its edge as a share of the map's width or height, which way is out)
_EDGES = (("left", 0, -1), ("right", 1, 1), ("top", 0, -1), ("bottom", 1, 1))


def shown_at(shape: str, x: float, y: float, width: float = 0.0, height: float = 0.0) -> str:
    """The object's place as Tiled shows it: X and Y (a point's own; a rectangle's or ellipse's top-left corner; a tile
    object's bottom-left; a polygon's or polyline's first point as drawn), and its size for a shape that has one."""
    place = f"X {x:g}, Y {y:g}"
    return place if shape in ("point", "polygon", "polyline") else f"{place}, {width:g} x {height:g} px"


def past_edges(box: tuple[float, float, float, float], map_size: tuple[int, int]) -> str:
    """Which part of the box (left, top, right, bottom px) lies past which of the map's edges, for a message: "its right
    half past the map's right edge at 1280 px", "all of it past ...", "20 px past ..." for a point; "" when none
    does. A point on the right or bottom edge is off the map (the map's last pixel is one before it)."""
    left, top, right, bottom = box
    told, wholly = [], []  # the parts past an edge; the edges the whole box is past
    for side, share, out in _EDGES:
        horizontal = side in ("left", "right")
        edge = map_size[0 if horizontal else 1] * share
        near, far = (left, right) if horizontal else (top, bottom)
        if out < 0:
            near, far = -far, -near  # measured outward, as for the right and bottom edges
        size, past = far - near, far - edge * out
        if size == 0 and (past > 0 or (past == 0 and out > 0)):
            told.append(f"{past:g} px past the map's {side} edge at {edge:g} px" if past else
                        f"on the map's {side} edge at {edge:g} px, just off it")
        elif size and past >= size:
            wholly.append(f"{side} edge at {edge:g} px")
        elif size and past > 0:
            half = past * 2 == size
            told.append(f"its {side} {'half' if half else f'{past:g} of {size:g} px'} past the map's {side} edge at "
                        f"{edge:g} px")
    return f"all of it past the map's {' and '.join(wholly)}" if wholly else " and ".join(told)

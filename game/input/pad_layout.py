"""Which pad's names a game controller's buttons are shown by: told from the pad itself, or forced by the settings.

pygame-ce 2.5.8 does not expose SDL's SDL_GameControllerGetType, so the layout is told as SDL tells it for most pads:
by the maker's USB vendor id in the pad's SDL GUID, then by words in its name (a pad over Bluetooth, whose GUID may
hold its name rather than its ids). Any other pad reads as an Xbox pad, the layout SDL's own button names follow.
"""

from game.settings import PAD_LAYOUTS

AUTO, XBOX, PLAYSTATION, NINTENDO = PAD_LAYOUTS
VENDORS = {0x054C: PLAYSTATION, 0x057E: NINTENDO}  # Sony, Nintendo
NAME_WORDS = ((PLAYSTATION, ("playstation", "dualshock", "dualsense", "ps3", "ps4", "ps5")),
              (NINTENDO, ("nintendo", "switch", "joy-con")))


def layout_of(name: str, guid: str) -> str:
    """The layout of a pad SDL names `name`, with the GUID string `guid` (32 hex digits): "xbox" when unknown."""
    by_vendor = VENDORS.get(_vendor(guid))
    if by_vendor is not None:
        return by_vendor
    lowered = name.lower()
    return next((layout for layout, words in NAME_WORDS if any(word in lowered for word in words)), XBOX)


def _vendor(guid: str) -> int | None:
    """The USB vendor id in an SDL 2 joystick GUID (bus, CRC, vendor, 0, product, 0, version, driver: 16-bit little
    endian words), or None when the GUID holds no ids (its words 3 and 5 are not 0: a name stands there instead)."""
    try:
        data = bytes.fromhex(guid)
    except ValueError:
        return None
    words = [int.from_bytes(data[at:at + 2], "little") for at in range(0, len(data), 2)]
    if len(words) != 8 or words[3] or words[5]:
        return None
    return words[2]


def shown_layout(setting: str, detected: str) -> str:
    """The layout names are shown by: the settings' `pad_buttons` when it forces one, else the pad's own."""
    return detected if setting == AUTO else setting

"""Which pad's names a game controller's buttons are shown by: told from the pad itself, or forced by the settings.

pygame-ce 2.5.8 does not expose SDL's SDL_GameControllerGetType, so the layout is told as SDL tells it for most pads:
by the maker's USB vendor id in the pad's SDL GUID, then by words in its name (a pad over Bluetooth, whose GUID may
hold its name rather than its ids). Any other pad reads as an Xbox pad, the layout SDL's own button names follow. A PS5
pad (by its product id, or its name) is a PlayStation pad whose CREATE button stands where the PS4's SHARE does.
"""

from game.settings import PAD_LAYOUTS

AUTO, XBOX, PLAYSTATION, NINTENDO = PAD_LAYOUTS
PLAYSTATION_5 = "playstation5"  # told from the pad only: Options' PlayStation names a PS5 pad's buttons so too
VENDORS = {0x054C: PLAYSTATION, 0x057E: NINTENDO}  # Sony, Nintendo
PS5_PRODUCTS = (0x0CE6, 0x0DF2)  # Sony's DualSense and DualSense Edge
NAME_WORDS = ((PLAYSTATION_5, ("dualsense", "ps5", "playstation 5")),  # before the words of every PlayStation pad
              (PLAYSTATION, ("playstation", "dualshock", "ps3", "ps4")),
              (NINTENDO, ("nintendo", "switch", "joy-con")))


def layout_of(name: str, guid: str) -> str:
    """The layout of a pad SDL names `name`, with the GUID string `guid` (32 hex digits): "xbox" when unknown."""
    vendor, product = _ids(guid)
    by_vendor = VENDORS.get(vendor)
    if by_vendor is not None:
        return PLAYSTATION_5 if by_vendor == PLAYSTATION and product in PS5_PRODUCTS else by_vendor
    lowered = name.lower()
    return next((layout for layout, words in NAME_WORDS if any(word in lowered for word in words)), XBOX)


def _ids(guid: str) -> tuple[int | None, int | None]:
    """The USB vendor and product ids in an SDL 2 joystick GUID (bus, CRC, vendor, 0, product, 0, version, driver:
    16-bit little endian words), or Nones when the GUID holds no ids (its words 3 and 5 are not 0: a name stands
    there instead)."""
    try:
        data = bytes.fromhex(guid)
    except ValueError:
        return None, None
    words = [int.from_bytes(data[at:at + 2], "little") for at in range(0, len(data), 2)]
    if len(words) != 8 or words[3] or words[5]:
        return None, None
    return words[2], words[4]


def shown_layout(setting: str, detected: str) -> str:
    """The layout names are shown by: the settings' `pad_buttons` when it forces one, else the pad's own (a PS5 pad's
    with PlayStation forced too)."""
    return detected if setting == AUTO or (setting, detected) == (PLAYSTATION, PLAYSTATION_5) else setting

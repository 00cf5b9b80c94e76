"""Object templates (.tx): an instance becomes one plain <object>, the template's class, shape and properties
under its own."""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from game.content.errors import Blamed, one_line, quote
from game.content.tmx_limits import MAX_TEMPLATES
from game.content.tmx_moved import LostLink, lost_link
from game.content.tmx_properties import from_template
from game.content.tmx_xml import XmlRefused, file_name, foreign_path, missing, path_from, read_xml, relink_hint
from game.files import is_file, real_path

SHAPES = ("ellipse", "point", "polygon", "polyline", "text", "capsule")  # children that give an object its shape


# Where a designer edits a template in Tiled (1.4 and later); its Properties view then shows the template's object.
OPEN = "Tiled: click it in the Project view, then its object in the Template Editor"


def part_where(where: str, part: str, template: str) -> str:
    """How a message names the object at `where` when its `part` (class, shape, size, rotation) is the mistake: as
    ever when the part is its own; with its template when it has the part from one ("" for none), where a designer
    fixes it once for every object placed from it."""
    return Blamed(f"{where}, {part}{from_template(template)}", template) if template else where


def redraw_hint(template: str, tool: str) -> str:
    """The fix for a shape an object has from `template`: Tiled turns no object into another shape (a rectangle into a
    point), so one is drawn anew and saved over the template, which every object placed from it follows."""
    return (f"draw one with {tool}, give it the template's class and properties and save it over {quote(template)} "
            f"(right-click it, Save As Template): every object placed from it takes the shape; or draw this one anew "
            f"with {tool}, not from the template")


def set_in_template_hint(template: str, setting: str, own: str) -> str:
    """The fix for a size or rotation an object has from `template`: `setting` there, which every object placed from
    it follows, or `own`, the object's own fix (Tiled then writes the value on the object)."""
    return f"set {setting} in {quote(template)} ({OPEN}): every object placed from it follows; or {own}"


def value_in_template_hint(template: str, name: str, fix: str = "") -> str:
    """The fix for a property value an object has from `template` (it sets no value of its own): in the template,
    which every object placed from it follows, `fix` saying how ("to 240", "by ticking or unticking its checkbox");
    or the object's own value, which Tiled then writes on the object and which stands over the template's."""
    how = f" {fix}" if fix else ""
    return (f"set {name} in {quote(template)} ({OPEN}){how}: every object placed from it follows; or give this object "
            f"its own {name}")


GAME_TEMPLATES = Path(__file__).resolve().parents[2] / "levels" / "templates"


def _insert_again(reference: str) -> str:
    """The fix for a template named by a path from another computer: the game's own template of that name, found
    again in Tiled's broken-links list, or placed anew."""
    name = file_name(reference)
    template = f"levels/templates/{name}" if (GAME_TEMPLATES / name).is_file() else "its template in levels/templates"
    return relink_hint(template, f"insert the objects again from {template} (Insert Template)")


def _moved_hint(reference: str, path: Path, folder: Path) -> str:
    """The fix for a template not where the map says: a folder of maps moved away from levels/ loses its way to the
    game's templates, so one of a name in levels/templates/ is pointed to, with its path from the map's folder."""
    lost = lost_link(GAME_TEMPLATES, reference, path)
    if lost is None:
        return f"the map refers to {quote(reference)}; restore the file or fix the object"
    game = lost.game_file
    return (f"the map refers to {quote(reference)}; the game's own levels/templates/{game.name} is "
            f"{path_from(folder, game)} from this map: "
            + relink_hint(f"levels/templates/{game.name}", "write that path as the object's template"))


class TemplateRefused(Exception):
    """A template the map names that cannot be used; `inside`: the mistake is in the file, which saving mends (not a
    missing file, or one of another kind, which the map or the folder does)."""

    def __init__(self, expected: str, found: str, hint: str = "", inside: bool = False,
                 lost: LostLink | None = None) -> None:
        super().__init__(found)
        self.expected, self.found, self.hint, self.inside, self.lost = expected, found, hint, inside, lost


@dataclass(frozen=True)
class Resolved:
    """An instance as Tiled shows it, and what of it the template gives, the instance not setting it itself: a
    message about those names the template, where one fix mends every object placed from it."""
    object: ET.Element
    # "class" (also when neither has one), "shape" (with its points), "size" (width and height) and "rotation", each
    # when inherited
    parts: frozenset[str]
    properties: frozenset[str]  # the names of the properties it has from the template
    template_class: str  # the template's own class, whatever the instance's ("" for none)


class Templates:
    """The templates one map uses, each file read once.

    pytmx 3.32 ignores the `template` attribute, so an instance that only sets x and y loses its class, size,
    shape and properties; this puts them back before anything else looks at the object.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder  # template paths are relative to the map that uses them
        self._read: dict[str, ET.Element | TemplateRefused] = {}
        self.files: list[str] = []  # the template files read so far (those refused are not)
        self.looked_for: list[str] = []  # every template file looked for so far, there or not (for live reload)

    def resolve(self, instance: ET.Element) -> Resolved:
        """The object as Tiled shows it: the instance's attributes, shape and properties over the template's; and
        which of them the instance leaves to the template."""
        template = self._template(instance.get("template", ""))
        attributes = dict(template.attrib)
        own = dict(instance.attrib)
        # Tiled 1.8 writes type, 1.9+ class: either overrides the template's. An empty one does not: Tiled reads it
        # as no class of the instance's own, and shows the template's.
        for key in ("class", "type"):
            if not own.get(key, "x"):
                del own[key]
        own_class = "class" in own or "type" in own
        if own_class:
            attributes.pop("class", None)
            attributes.pop("type", None)
        attributes.update(own)
        del attributes["template"]
        # A template's gid refers to the template's own <tileset>, not the map's; the game only uses an object's
        # gid to know it is a tile object (placed by its bottom-left corner), so the number is kept as it is.
        merged = ET.Element("object", attributes)
        own_shape = [child for child in instance if child.tag in SHAPES]
        for child in own_shape or [child for child in template if child.tag in SHAPES]:
            merged.append(child)
        # Property lookup keeps the last of a name, so the instance's come after the template's and win.
        properties = ET.SubElement(merged, "properties")
        theirs: set[str | None] = set()
        mine: set[str | None] = set()
        for source, names in ((template, theirs), (instance, mine)):
            for block in source.findall("properties"):
                found = block.findall("property")
                properties.extend(found)
                names.update(node.get("name") for node in found)
        # A gid makes a tile object whatever shape element it has (tmx_document reads it so): the shape is the
        # instance's own when it sets the gid, or sets a shape over a template that is no tile object.
        template_tile = template.get("gid", "").strip() not in ("", "0")
        shape_kept = "gid" in instance.attrib or (bool(own_shape) and not template_tile)
        # Tiled writes an instance's width and height (its size) when it is resized, and its rotation when turned.
        kept = (("class", own_class), ("shape", shape_kept),
                ("size", "width" in instance.attrib or "height" in instance.attrib),
                ("rotation", "rotation" in instance.attrib))
        parts = frozenset(part for part, own_part in kept if not own_part)
        return Resolved(merged, parts, frozenset(theirs - mine - {None}),
                        template.get("class") or template.get("type") or "")

    def _template(self, reference: str) -> ET.Element:
        if reference not in self._read:
            if len(self._read) >= MAX_TEMPLATES:
                raise TemplateRefused(f"at most {MAX_TEMPLATES} template files in one map", "more")
            try:
                self._read[reference] = self._load(reference)
            except TemplateRefused as refused:  # remembered, so 500 instances of a missing template cost one look
                self._read[reference] = refused
        found = self._read[reference]
        if isinstance(found, TemplateRefused):
            raise found
        return found

    def _load(self, reference: str) -> ET.Element:
        path = real_path(self.folder / reference)
        self.looked_for.append(str(path))
        if path.suffix.lower() != ".tx":
            raise TemplateRefused("a template saved as .tx (XML)", f"template {quote(reference)}",
                                  "this game reads XML templates; in Tiled use Save Template As… and pick .tx")
        if not is_file(path):
            elsewhere = foreign_path(reference)
            if elsewhere:  # joined to the map's folder, it would read as a path nobody wrote
                raise TemplateRefused("a template file that exists, named relative to the map as Tiled writes it",
                                      elsewhere, _insert_again(reference))
            raise TemplateRefused("a template file that exists", missing(path, self.folder),
                                  _moved_hint(reference, path, self.folder), lost=lost_link(GAME_TEMPLATES, reference,
                                                                                            path))
        try:
            root = read_xml(path, "a Tiled object template", shared=True)
        except XmlRefused as refused:
            where = f" ({refused.where})" if refused.where else ""
            raise TemplateRefused(refused.expected, f"{refused.found} in template {path}{where}",
                                  refused.hint, inside=True) from None
        obj = root.find("object") if root.tag == "template" else None
        if obj is None:
            found = ("a <template> with no <object> in it" if root.tag == "template"
                     else f"<{one_line(root.tag, 40)}>")
            raise TemplateRefused("a <template> holding an <object>", f"{found} in {path}", "save an object over it in "
                                  "Tiled (right-click the object, Save As Template), or restore the file", inside=True)
        self.files.append(str(path))
        return obj

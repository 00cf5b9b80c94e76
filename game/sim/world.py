"""World: one game's entities on its own esper world context, queried in a deterministic order."""

import itertools
from operator import is_

import esper

_names = itertools.count(1)


class World:
    """A thin facade over esper's module-level worlds.

    esper keeps one global "current world"; each World owns a context of its own and makes it current
    before touching it, so two games (a test comparing runs, say) never see each other's entities.
    esper iterates sets of entity ids; `query` sorts by id so the rules never depend on set order.
    """

    def __init__(self) -> None:
        self.name = f"blue-comet-{next(_names)}"
        self.last_id = 0  # the last entity id handed out: esper counts on from it, so a restore must too
        self._use()
        # esper's own table of entity → {type: component} for this context: the same dict for the world's
        # life (esper mutates it in place), so lookups by entity need no context switch.
        self._table = esper._entities
        # Counts the times entities or components came or went (esper drops its cached queries at each): what query
        # and index made stays good while it holds, so asking again in a quiet tick touches neither esper nor the
        # context switch.
        self._changes = 0
        self._sorted: dict[tuple, tuple[int, list]] = {}  # types → (_changes when sorted, the rows in id order)
        self._indexes: dict[type, tuple[int, dict]] = {}  # type → (_changes when made, entity → component)
        self._kept: dict[tuple, tuple] = {}  # (types, make) → (_changes when made, what it used, what make made of it)

    def _use(self) -> None:
        if esper.current_world != self.name:
            esper.switch_world(self.name)

    def create(self, *components) -> int:
        self._use()
        self._changes += 1
        self.last_id = esper.create_entity(*components)
        return self.last_id

    def restore(self, entities: list[tuple[int, list]], last_id: int) -> None:
        """Put entities back under their old ids, and make the next new one get the id it would have had.

        esper has no call for either, so this writes its world tables directly (esper 3.x: a dict of
        entity → {type: component}, a dict of type → set of entities, and an itertools.count).
        """
        self._use()
        self._changes += 1
        for entity, components in entities:
            esper._entities[entity] = {type(component): component for component in components}
            for component in components:
                esper._components.setdefault(type(component), set()).add(entity)
        esper._entity_count = itertools.count(last_id + 1)
        self.last_id = last_id
        esper.clear_cache()

    def delete(self, entity: int) -> None:
        self._use()
        if esper.entity_exists(entity):
            # Immediate is safe: query() hands out lists, and a deferred delete would leave the
            # entity in esper's query results until the end of the tick.
            esper.delete_entity(entity, immediate=True)
            self._changes += 1

    def query(self, *types) -> list:
        """(entity, (components...)) for every live entity having all `types`, by entity id.

        The sorted list is kept while no entity or component comes or goes, so asking again in a quiet tick costs a
        dictionary lookup. Callers may iterate it while deleting entities; they must not change the list itself.
        """
        kept = self._sorted.get(types)
        if kept is not None and kept[0] == self._changes:
            return kept[1]
        self._use()
        ordered = sorted(esper.get_components(*types), key=_by_entity)
        self._sorted[types] = (self._changes, ordered)
        return ordered

    def kept(self, types: tuple, make, *using):
        """make(query(*types), *using), made again only when an entity or component has come or gone since (the
        query's result may have changed) or one of `using` is another object than last time: for what follows from
        which entities there are and from what never changes while they live (their ids, sides, sizes, component
        objects, their units' specs in the catalog `using` names). Callers must not change what it returns.
        """
        found = self._kept.get((types, make))
        if found is not None and found[0] == self._changes and len(found[1]) == len(using) \
                and all(map(is_, found[1], using)):
            return found[2]
        made = make(self.query(*types), *using)
        self._kept[(types, make)] = (self._changes, using, made)
        return made

    def index(self, kind) -> dict:
        """{entity: component} for every live entity having `kind`, to look many up by entity at a dict's cost.

        Kept, like `query`, while no entity or component comes or goes. Callers must not change the dict.
        """
        kept = self._indexes.get(kind)
        if kept is not None and kept[0] == self._changes:
            return kept[1]
        self._use()
        by_entity = dict(sorted(esper.get_component(kind), key=_by_entity))  # in id order, should anyone iterate it
        self._indexes[kind] = (self._changes, by_entity)
        return by_entity

    def get(self, entity: int, kind):
        return self._table[entity][kind]

    def try_get(self, entity: int, kind):
        components = self._table.get(entity)
        return None if components is None else components.get(kind)  # `is None`: no len() on the hot path

    def has(self, entity: int, kind) -> bool:
        components = self._table.get(entity)
        return components is not None and kind in components

    def exists(self, entity: int) -> bool:
        return entity in self._table

    def add(self, entity: int, component) -> None:
        self._use()
        self._changes += 1
        esper.add_component(entity, component)

    def remove(self, entity: int, kind) -> None:
        """Take a component off an entity that has it."""
        self._use()
        self._changes += 1
        esper.remove_component(entity, kind)

    def components(self, entity: int) -> tuple:
        self._use()
        return esper.components_for_entity(entity)

    def entities(self) -> list[int]:
        self._use()
        return sorted(e for e in esper.get_entities() if esper.entity_exists(e))

    def close(self) -> None:
        """Free this world's esper context."""
        if esper.current_world == self.name:
            esper.switch_world("default")
        if self.name in esper.list_worlds():
            esper.delete_world(self.name)


def grouped(rows, key) -> dict:
    """{key(entity, components): its rows, in id order}, the keys in the order of their first row."""
    groups: dict = {}
    for row in rows:
        groups.setdefault(key(*row), []).append(row)
    return groups


def _by_entity(pair):
    return pair[0]

"""The World facade: queries in entity order, and lookups by entity that follow entities as they come and go."""

import esper

from game.sim.components import Heat, Position, Unit, Velocity
from game.sim.world import World, grouped


def test_index_follows_entities_and_components_coming_and_going():
    world = World()
    try:
        first = world.create(Position(1.0, 1.0), Heat())
        second = world.create(Position(2.0, 2.0))
        assert list(world.index(Heat)) == [first]
        third = world.create(Position(3.0, 3.0), Heat(value=5.0))
        assert list(world.index(Heat)) == [first, third]  # by entity id
        world.add(second, Heat(value=7.0))
        assert world.index(Heat)[second].value == 7.0
        world.delete(first)
        assert list(world.index(Heat)) == [second, third]
        assert world.index(Velocity) == {}
        assert [entity for entity, _ in world.query(Position)] == [second, third]
    finally:
        world.close()


def test_index_is_kept_while_nothing_comes_or_goes():
    world = World()
    try:
        world.create(Heat())
        assert world.index(Heat) is world.index(Heat)
    finally:
        world.close()


def test_index_sees_entities_put_back_by_a_restore():
    world = World()
    try:
        world.create(Position(0.0, 0.0))
        assert world.index(Heat) == {}
        heat = Heat(value=42.0)
        world.restore([(9, [Position(1.0, 1.0), heat])], last_id=9)
        assert world.index(Heat) == {9: heat}
    finally:
        world.close()


def by_side(rows) -> dict:
    return grouped(rows, lambda entity, components: components[1].faction)


def test_kept_groups_follow_entities_coming_and_going_in_entity_order():
    world = World()
    try:
        a = world.create(Position(0, 0), Unit("dis", "grados"))
        b = world.create(Position(1, 0), Unit("layzner", "un"))
        c = world.create(Position(2, 0), Unit("dis", "grados"))
        groups = world.kept((Position, Unit), by_side)
        assert list(groups) == ["grados", "un"]
        assert [entity for entity, _ in groups["grados"]] == [a, c] and [entity for entity, _ in groups["un"]] == [b]
        assert world.kept((Position, Unit), by_side) is groups  # nothing came or went: the same groups
        world.delete(a)
        d = world.create(Position(3, 0), Unit("dis", "grados"))
        groups = world.kept((Position, Unit), by_side)
        assert [entity for entity, _ in groups["grados"]] == [c, d] and list(groups) == ["un", "grados"]
    finally:
        world.close()


def kinds_in(rows, names) -> list:
    return [names[unit.kind] for _, (_, unit) in rows]


def test_kept_is_made_again_when_what_it_used_is_another_object():
    world = World()
    try:
        world.create(Position(0, 0), Unit("dis", "grados"))
        names = {"dis": "Dis"}
        kinds = world.kept((Position, Unit), kinds_in, names)
        assert kinds == ["Dis"] and world.kept((Position, Unit), kinds_in, names) is kinds
        renamed = {"dis": "Dis (rebuilt)"}  # a catalog replaced, as a test or a reload may: not the rows' old answer
        assert world.kept((Position, Unit), kinds_in, renamed) == ["Dis (rebuilt)"]
    finally:
        world.close()


def test_kept_is_made_again_when_it_is_asked_with_fewer_or_more_things_used():
    world = World()
    made = []

    def count(rows, *using):
        made.append(using)
        return len(rows)
    try:
        world.create(Position(0, 0), Unit("dis", "grados"))
        catalog = {}
        world.kept((Position, Unit), count, catalog)
        world.kept((Position, Unit), count)  # nothing used now: not the answer made with the catalog
        world.kept((Position, Unit), count, catalog, catalog)
        assert made == [(catalog,), (), (catalog, catalog)]
    finally:
        world.close()


def test_a_quiet_world_answers_queries_and_indexes_without_asking_esper(monkeypatch):
    """Asked again with nothing come or gone, query, index and kept answer from what they made: esper (its context
    switch, its cache) is not asked at all, so a tick's dozens of questions cost a dictionary lookup each."""
    world = World()
    try:
        world.create(Position(0, 0), Unit("dis", "grados"), Heat())
        rows, heats, groups = world.query(Position, Unit), world.index(Heat), world.kept((Position, Unit), by_side)
        asked = []
        for name in ("get_components", "get_component", "switch_world"):
            real = getattr(esper, name)
            monkeypatch.setattr(esper, name, lambda *args, name=name, real=real: asked.append(name) or real(*args))
        assert world.query(Position, Unit) is rows and world.index(Heat) is heats
        assert world.kept((Position, Unit), by_side) is groups
        assert asked == []
    finally:
        monkeypatch.undo()
        world.close()


def test_queries_follow_every_way_an_entity_or_component_comes_or_goes():
    """Whatever changes the world (a new entity, a component added, replaced or taken off, an entity deleted, a
    restore), the next query, index and kept answer hold the components esper holds then, not those kept before."""
    world = World()
    try:
        a = world.create(Position(0, 0), Unit("dis", "grados"))
        restored = [(a, [Position(5, 5), Unit("dis", "grados"), Heat(value=3.0)])]
        changes = [
            lambda: world.create(Position(1, 0), Unit("layzner", "un")),
            lambda: world.add(a, Heat(value=1.0)),
            lambda: world.add(a, Heat(value=2.0)),  # replaced: another object of the same type
            lambda: world.remove(a, Heat),
            lambda: world.delete(a),
            lambda: world.restore(restored, last_id=world.last_id),
        ]
        for change in changes:
            world.query(Position, Unit), world.index(Heat), world.kept((Position, Unit), by_side)  # all kept now
            change()
            held = {entity: {type(c): c for c in world.components(entity)} for entity in world.entities()}
            rows = world.query(Position, Unit)
            assert [entity for entity, _ in rows] == [entity for entity in held if Unit in held[entity]]
            assert all(pos is held[entity][Position] and unit is held[entity][Unit] for entity, (pos, unit) in rows)
            heats = world.index(Heat)
            assert list(heats) == [entity for entity in held if Heat in held[entity]]
            assert all(heat is held[entity][Heat] for entity, heat in heats.items())
            grouped_rows = [row for side in world.kept((Position, Unit), by_side).values() for row in side]
            assert sorted(grouped_rows, key=lambda row: row[0]) == rows
    finally:
        world.close()

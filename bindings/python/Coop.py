# Coop.py — PyGObject overrides for libcoop
#
# Copyright 2026 The libcoop authors
#
# SPDX-License-Identifier: LGPL-2.1-or-later

"""Pythonic helpers on top of the introspected Coop API.

PyGObject loads this module when a program imports ``gi.repository.Coop``.
It adds readable ``repr``s, ``datetime.date`` helpers for the date
properties, and table export: :func:`to_records` (plain dictionaries) and
:func:`to_dataframe` (a pandas DataFrame, when pandas is installed) over
any ``Gio.ListModel`` whose items are GObjects. Iteration, ``len()`` and
indexing over list models come from PyGObject's own ``Gio.ListModel``
overrides.
"""

import datetime

from gi.repository import Gio, GLib, GObject

from ..module import get_introspection_module
from ..overrides import override

Coop = get_introspection_module("Coop")

__all__ = []


def _date_from_datetime(value):
    if value is None:
        return None
    return datetime.date(value.get_year(), value.get_month(), value.get_day_of_month())


def _datetime_from_date(value):
    if value is None:
        return None
    if isinstance(value, GLib.DateTime):
        return value
    return GLib.DateTime.new_utc(value.year, value.month, value.day, 0, 0, 0)


def _python_value(value):
    """A property value as a plain Python value for a table cell."""
    if isinstance(value, GObject.GFlags):
        # PyGObject lists the zero value's nick among any flags' nicks.
        nicks = [nick for nick in value.value_nicks if int(value) == 0 or nick != "none"]
        return "|".join(nicks)
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GLib.DateTime):
        return _date_from_datetime(value)
    if isinstance(value, Coop.Territory):
        return value.dup_reference()
    return value


def _default_columns(item_type):
    # Nested collections (an agreement's parties, actions…) make poor
    # cells; ask for them by name, or tabulate them on their own.
    specs = GObject.list_properties(item_type)
    return [spec.name for spec in specs
            if spec.flags & GObject.ParamFlags.READABLE
            and not GObject.type_is_a(spec.value_type, Gio.ListModel)]


def _column_name(column):
    if callable(column):
        return getattr(column, "__name__", "value")
    return column.replace("-", "_")


def _enum_converter(value_type):
    nicks = {}

    def convert(value):
        # Nicks by value, read once per enum type rather than per cell.
        nick = nicks.get(value)
        if nick is None:
            nick = nicks[value] = _python_value(value)
        return nick

    return convert


def _property_converter(spec):
    """A function turning the property's value into a cell, or None when
    the value is a cell as it is (strings, numbers, booleans)."""
    value_type = spec.value_type
    if value_type.fundamental in (GObject.TYPE_STRING, GObject.TYPE_BOOLEAN, GObject.TYPE_INT,
                                  GObject.TYPE_UINT, GObject.TYPE_INT64, GObject.TYPE_UINT64,
                                  GObject.TYPE_LONG, GObject.TYPE_ULONG, GObject.TYPE_DOUBLE,
                                  GObject.TYPE_FLOAT):
        return None
    if value_type.fundamental == GObject.TYPE_ENUM:
        return _enum_converter(value_type)
    return _python_value


def _column_reader(item_type, column, first):
    """The function giving a column's cell for an item, resolved once per
    column: the property's introspected getter when there is one (it
    costs a fraction of get_property's GValue round trip), checked on the
    first item against get_property."""
    if callable(column):
        return lambda item: _python_value(column(item))

    name = column.replace("_", "-")
    spec = next((s for s in GObject.list_properties(item_type) if s.name == name), None)
    if spec is None:
        # As get_property would: a TypeError naming the property.
        return lambda item: _python_value(item.get_property(name))

    convert = _property_converter(spec)
    getter = getattr(type(first), "get_" + name.replace("-", "_"), None) if first is not None else None
    if getter is not None:
        try:
            if getter(first) != first.get_property(name):
                getter = None
        except TypeError:
            getter = None
    if getter is None:
        def getter(item):
            return item.get_property(name)

    if convert is None:
        return getter
    return lambda item: convert(getter(item))


def _table(list_model, columns):
    """Column names and the columns' cells, one list per column."""
    if columns is None:
        columns = _default_columns(list_model.get_item_type())
    items = list(list_model)
    first = items[0] if items else None
    item_type = list_model.get_item_type()
    names = [_column_name(c) for c in columns]
    cells = [list(map(_column_reader(item_type, c, first), items)) for c in columns]
    return names, cells


def to_records(list_model, columns=None):
    """Returns the items of a list model as a list of dictionaries.

    ``columns`` lists property names (``"name"`` or ``"population_municipale"``)
    or callables taking an item; by default, every readable property of the
    model's item type. Enum values become their nicks, dates become
    ``datetime.date`` and territories their references, so the records
    serialise and compare easily.
    """
    names, cells = _table(list_model, columns)
    return [dict(zip(names, row)) for row in zip(*cells)] if cells else [{} for _ in list_model]


__all__.append("to_records")


def to_dataframe(list_model, columns=None, index=None):
    """Returns the items of a list model as a pandas DataFrame.

    ``columns`` is as for :func:`to_records`; ``index`` names a column to
    use as the index. Raises ImportError when pandas is not installed.
    Works with any list model of GObjects: territories, findings, and the
    tables other parts of libcoop return.
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError("Coop.to_dataframe needs pandas (python3-pandas)") from error

    names, cells = _table(list_model, columns)
    # Column by column: no dictionary per row.
    frame = pandas.DataFrame(dict(zip(names, cells)), columns=names)
    if index is not None:
        frame = frame.set_index(_column_name(index))
    return frame


__all__.append("to_dataframe")


TERRITORY_COLUMNS = ["code", "name", "kind", "population_municipale", "population_totale", "nature"]
__all__.append("TERRITORY_COLUMNS")


class Territory(Coop.Territory):
    def __repr__(self):
        return "<Coop.Territory %s %s %s>" % (self.props.kind.value_nick, self.props.code, self.props.name)

    @property
    def valid_from_date(self):
        """The ``valid-from`` property as a ``datetime.date``, or None."""
        return _date_from_datetime(self.get_valid_from())

    @valid_from_date.setter
    def valid_from_date(self, value):
        self.set_valid_from(_datetime_from_date(value))

    @property
    def valid_until_date(self):
        """The ``valid-until`` property as a ``datetime.date``, or None."""
        return _date_from_datetime(self.get_valid_until())

    @valid_until_date.setter
    def valid_until_date(self, value):
        self.set_valid_until(_datetime_from_date(value))

    @property
    def reference(self):
        """The reference that names the territory (see Coop.Atlas.lookup)."""
        return self.dup_reference()


Territory = override(Territory)
__all__.append("Territory")


class Atlas(Coop.Atlas):
    def __repr__(self):
        return "<Coop.Atlas %s %s, populations of %d>" % (
            self.props.source, self.props.source_version, self.props.population_year)

    def __getitem__(self, reference):
        """``atlas["38563"]``: lookup that raises KeyError for an unknown reference."""
        territory = self.lookup(reference)
        if territory is None:
            raise KeyError(reference)
        return territory

    def __contains__(self, reference):
        return self.lookup(reference) is not None

    def members_dataframe(self, territory, columns=None):
        """The members of a perimeter as a DataFrame, with the population
        each member counts for in it (``member_population``)."""
        if isinstance(territory, str):
            territory = self[territory]
        if columns is None:
            columns = TERRITORY_COLUMNS

        def member_population(item):
            return self.get_member_population(territory, item)

        return to_dataframe(self.list_members(territory), list(columns) + [member_population])


Atlas = override(Atlas)
__all__.append("Atlas")


class Model(Coop.Model):
    def __repr__(self):
        return "<Coop.Model %r, %d territories>" % (self.props.name, len(self.get_territories()))

    def __getitem__(self, reference):
        """``model["pays-voironnais"]``: lookup that raises KeyError."""
        territory = self.lookup(reference)
        if territory is None:
            raise KeyError(reference)
        return territory

    def __contains__(self, reference):
        return self.lookup(reference) is not None


Model = override(Model)
__all__.append("Model")


class Finding(Coop.Finding):
    def __repr__(self):
        return "<Coop.Finding %s %s: %s>" % (
            Coop.severity_to_string(self.props.severity), self.props.code, self.props.message)

    def __str__(self):
        return self.to_string()


Finding = override(Finding)
__all__.append("Finding")


def _identified_repr(self):
    label = None
    for name in ("title", "name", "label"):
        if self.find_property(name) is not None:
            label = self.get_property(name)
            break
    kind = ""
    if self.find_property("kind") is not None:
        kind = " " + _python_value(self.get_property("kind"))
    text = "<Coop.%s%s %s" % (type(self).__name__, kind, self.get_property("id"))
    return text + (" %s>" % label if label else ">")


# Objects of a model that have an identifier (agreements, actors, bodies,
# posts, mandates…) get a readable repr too, when the library has them.
for _name in ("Agreement", "Actor", "Body", "Post", "Mandate", "Action", "Milestone"):
    _base = getattr(Coop, _name, None)
    if _base is None or not isinstance(_base, type):
        continue
    _klass = type(_name, (_base,), {"__repr__": _identified_repr, "__module__": __name__})
    globals()[_name] = override(_klass)
    __all__.append(_name)
del _name, _base

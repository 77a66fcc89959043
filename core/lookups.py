"""`among(field, ids)`: a filter on a long list of values that costs the same whatever its length.

`field__in=ids` puts one placeholder per value into the SQL; with a thousand ids psycopg spends about 18 ms splitting
such a query before sending it, and Django as long preparing the values (search facets read four of them per
request). On PostgreSQL the list goes as one array parameter instead (`field = ANY(%s)`); elsewhere it stays `__in`.
"""

from django.db import connection
from django.db.models import Field, ForeignObject, Lookup, Q


@ForeignObject.register_lookup  # foreign keys keep lookups of their own
@Field.register_lookup
class Any(Lookup):
    """`field__any=[...]`: PostgreSQL's `= ANY(array)`, the whole list as one parameter."""

    lookup_name = "any"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s", [list(value)]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} = ANY({rhs})", [*lhs_params, *rhs_params]


def among(field, values):
    """A Q that keeps the rows whose `field` is one of `values` (a list of plain values, not a queryset)."""
    lookup = "any" if connection.vendor == "postgresql" else "in"
    return Q(**{f"{field}__{lookup}": list(values)})


def links(model, field, values):
    """(rows, source, target): the rows of the many-to-many `field` of `model`, read from its own table, whose
    `source` (the page) is among `values`; `target` names the other side ("theme", "sector")."""
    relation = model._meta.get_field(field)
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    return relation.remote_field.through.objects.filter(among(source, values)), source, target

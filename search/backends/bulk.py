"""A bulk of objects for any of our indexes (the engine's, PostgreSQL's and SQLite's), prepared as the model asks.

modelsearch prepares one object (`get_indexed_instance`) when it indexes it after a save, but a bulk (`update_index`,
`add_bulk`) as it comes. A model that says how to prepare a bulk (`prepared_for_index`, such as
articles.models.base.KnowledgePage) gets its way; any other model's objects are indexed as they come.
"""


def prepared(model, objects):
    prepare = getattr(model, "prepared_for_index", None)
    return prepare(objects) if prepare is not None else list(objects)

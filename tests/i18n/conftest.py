from tests.search.conftest import empty_index  # noqa: F401 - the search tests' fixture, shared

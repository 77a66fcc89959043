import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "loc"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The site chrome is cached; each test starts cold so tests never see each other's pages."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    from home.structure import ensure_site_structure

    return ensure_site_structure()


@pytest.fixture
def seeds_dir():
    """The customer's exports; acceptance tests skip without them locally, and fail without them in CI."""
    path = Path(os.environ.get("LOC_EXPORTS_DIR", settings.LOC_EXPORTS_DIR))
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the customer's exports in {path} (set LOC_EXPORTS_DIR)")
        pytest.skip(f"no customer exports in {path}")
    return path


@pytest.fixture
def fixtures_dir():
    return FIXTURES

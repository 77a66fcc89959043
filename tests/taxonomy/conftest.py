import pytest

from home.editorial import roles


@pytest.fixture
def manager(client, make_user):
    """A Beheerder, logged in: may manage the taxonomy."""
    user = make_user(roles.BEHEERDERS, "beheer")
    client.force_login(user)
    return user

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation


def dutch(text):
    """The admin speaks Dutch (the site's first language): what an editor reads for an English message id."""
    with translation.override("nl"):
        return translation.gettext(text)


@pytest.fixture
def make_user(db):
    """A user in one of the editorial roles (home/editorial/roles.py), with an email address for notifications."""

    def make(role, username=None):
        username = username or role.lower()
        user = get_user_model().objects.create_user(username, f"{username}@example.org", "wachtwoord-voor-tests")
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def login(client, make_user):
    """Log the test client in as a new member of `role`; returns the user."""

    def as_role(role, username=None):
        user = make_user(role, username)
        client.force_login(user)
        return user

    return as_role

"""Every install has the roles and the review workflow; demo accounts never get a default password."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Page

from home.editorial import roles, workflow
from home.management.commands.create_demo_users import DEMO_USERS


@pytest.mark.django_db
def test_migrations_create_the_roles_and_one_review_workflow_for_the_whole_site(home):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    review = Page.get_first_root_node().get_workflow()
    assert review.name == workflow.WORKFLOW_NAME and review.active
    (task,) = [task.specific for task in review.tasks]
    assert [group.name for group in task.groups.all()] == [roles.EINDREDACTIE]
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    assert english_home.get_workflow() == review == home.get_workflow()  # translations pass the same review


@pytest.mark.django_db
def test_demo_users_are_refused_on_a_production_site(settings, home):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="allow-production"):
        call_command("create_demo_users")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_demo_users_get_generated_passwords_printed_once(settings, home, capsys):
    settings.DEBUG = True
    call_command("create_demo_users")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(DEMO_USERS)
    for (username, _first, _last, role), line in zip(DEMO_USERS, lines, strict=True):
        password = line.rsplit("password: ", 1)[1]
        user = authenticate(username=username, password=password)
        assert user is not None and user.groups.filter(name=role).exists() and not user.is_superuser
    call_command("create_demo_users")  # again: nothing is printed that could log in
    assert "password: " not in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_passwords_can_come_from_the_environment(settings, home, monkeypatch, capsys):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "een-lang-wachtwoord-uit-de-omgeving")
    call_command("create_demo_users")
    assert "een-lang-wachtwoord" not in capsys.readouterr().out
    assert authenticate(username="redacteur", password="een-lang-wachtwoord-uit-de-omgeving") is not None

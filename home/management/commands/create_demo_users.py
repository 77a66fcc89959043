"""python manage.py create_demo_users: one demo account per editorial role, to try the review workflow.

Passwords come from the environment (DEMO_PASSWORD for all, or DEMO_PASSWORD_<USERNAME> for one); without them a
random password is generated and printed once. Nothing here has a default password. Existing accounts keep theirs
unless --reset-passwords is given. Refused when DEBUG is off (a production site), unless --allow-production.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from home.editorial import roles

DEMO_USERS = [
    ("redacteur", "Rosa", "Redacteur", roles.REDACTEUREN),
    ("eindredacteur", "Erik", "Eindredacteur", roles.EINDREDACTIE),
    ("vertaler", "Vera", "Vertaler", roles.VERTALERS),
    ("beheerder", "Bas", "Beheerder", roles.BEHEERDERS),
    ("opleider", "Olga", "Opleider", roles.OPLEIDINGSTEAM),
]


class Command(BaseCommand):
    help = "Create one demo account per editorial role (Redacteuren, Eindredactie, Vertalers, Beheerders, ...)."

    def add_arguments(self, parser):
        parser.add_argument("--reset-passwords", action="store_true", help="Give existing demo accounts new passwords.")
        parser.add_argument("--allow-production", action="store_true", help="Run even with DEBUG off.")

    def handle(self, *args, reset_passwords=False, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("Demo accounts are for development; with DEBUG off, pass --allow-production.")
        user_model = get_user_model()
        for username, first_name, last_name, role in DEMO_USERS:
            group = Group.objects.filter(name=role).first()
            if group is None:
                raise CommandError(f"The group {role} is missing: run `manage.py migrate` first.")
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={"first_name": first_name, "last_name": last_name, "email": f"{username}@example.org"},
            )
            user.groups.add(group)
            if created or reset_passwords:
                password, generated = self.password_for(username)
                user.set_password(password)
                user.save()
                shown = password if generated else "(from the environment)"
                self.stdout.write(f"{username:14} {role:15} password: {shown}")
            else:
                self.stdout.write(f"{username:14} {role:15} exists; password unchanged")

    def password_for(self, username):
        password = os.environ.get(f"DEMO_PASSWORD_{username.upper()}") or os.environ.get("DEMO_PASSWORD")
        if password:
            return password, False
        return secrets.token_urlsafe(12), True

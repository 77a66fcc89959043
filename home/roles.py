"""Moved to home/editorial/roles.py.

Kept only for two importers outside this change: home/structure.py (`grant_section_rights`) and
tests/admin/test_keywords.py (the role names). Delete this module once they import `home.editorial.roles` and
structure.py calls `sync_roles()` where it calls `grant_section_rights(...)`.
"""

from .editorial.roles import BEHEERDERS, EINDREDACTIE, OPLEIDINGSTEAM, REDACTEUREN, ROLES, VERTALERS, sync_roles

__all__ = ["BEHEERDERS", "EINDREDACTIE", "OPLEIDINGSTEAM", "REDACTEUREN", "ROLES", "VERTALERS", "grant_section_rights"]


def grant_section_rights(home, english_home):
    """The sections exist now: bring the roles up to date, their page rights on the sections included."""
    sync_roles()

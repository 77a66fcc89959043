"""The editorial workflow: who may do what, and the review every page passes before it goes live.

- roles.py: the groups (Redacteuren, Opleidingsteam, Eindredactie, Vertalers, Beheerders) and their model,
  collection and page rights; `sync_roles` brings them up to date after every `migrate`, adding, never removing.
- workflow.py: the review workflow's name and task, who may submit a page, submitting a translation for review.
- views.py: the admin pieces Wagtail lacks: the dashboard's "My drafts", "Submit for review" for translations, and
  wagtail-localize's "update translations" without publishing around the review.
- wagtail_hooks.py: registers those views, buttons and panels in the admin.

The groups and the workflow were first made by home/migrations/0003_editorial_roles.py; demo accounts per role come
from `manage.py create_demo_users`.
"""

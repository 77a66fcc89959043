"""Wagtail loads each app's hooks from this module; home's are kept with the code they register."""

from .editorial import wagtail_hooks  # noqa: F401

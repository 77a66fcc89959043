"""Translators (group Vertalers) in the admin: they translate Dutch pages into English with wagtail-localize and
never publish.

- explore.py: translators see the Dutch tree read-only (explorer, page listing, admin search), so that
  wagtail-localize's *Vertaal deze pagina* and *Vertaling bijwerken* reach them on each Dutch page.
- progress.py: how much of a translation is done (wagtail-localize's own counts) and which pieces are missing; the
  Dutch pages still to translate or whose translation is out of date.
- views.py: the dashboard panel *Te vertalen*, the notice on a translation's edit view and the warning when a
  translation with missing pieces is submitted for review.
- wagtail_hooks.py: registers them (imported by home/editorial/wagtail_hooks.py).
"""

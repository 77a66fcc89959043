"""Cached site chrome (navigation, footer, breadcrumbs, site lookup) is cleared on any publish, move or change."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from themes_taxonomy.models import Keyword, Sector, Theme

from .models import FooterText, SiteSettings


def clear_site_cache(**kwargs):
    cache.clear()


page_published.connect(clear_site_cache, dispatch_uid="kennisbank_clear_on_publish")
page_unpublished.connect(clear_site_cache, dispatch_uid="kennisbank_clear_on_unpublish")
post_page_move.connect(clear_site_cache, dispatch_uid="kennisbank_clear_on_move")


@receiver([post_save, post_delete], sender=SiteSettings, dispatch_uid="kennisbank_clear_on_settings")
@receiver([post_save, post_delete], sender=FooterText, dispatch_uid="kennisbank_clear_on_footer")
@receiver([post_save, post_delete], sender=Site, dispatch_uid="kennisbank_clear_on_site")
@receiver([post_save, post_delete], sender=Theme, dispatch_uid="kennisbank_clear_on_theme")
@receiver([post_save, post_delete], sender=Sector, dispatch_uid="kennisbank_clear_on_sector")
@receiver([post_save, post_delete], sender=Keyword, dispatch_uid="kennisbank_clear_on_keyword")
def settings_changed(**kwargs):
    cache.clear()

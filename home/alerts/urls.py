"""The alert pages, under a translated prefix in config/urls.py (/e-mailberichten/, /en/email-alerts/); my-links/ is
the form that mails a reader the links to all of their alerts."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path("", views.subscribe, name="alerts_subscribe"),
    path(_("my-links/"), views.links, name="alerts_links"),
    path(_("confirm/<str:token>/"), views.confirm, name="alerts_confirm"),
    path(_("manage/<str:token>/"), views.manage, name="alerts_manage"),
    path(_("unsubscribe/<str:token>/"), views.unsubscribe, name="alerts_unsubscribe"),
]

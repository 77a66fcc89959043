"""The signed tokens in the links of every message (Django's signing, keyed by SECRET_KEY).

A token names one subscription and carries its random `key`; the confirmation link runs out after a week (an
unconfirmed subscription is deleted then anyway), the link to manage or unsubscribe lives as long as the subscription.
"""

import datetime

from django.core import signing

from .models import Subscription

CONFIRM_FOR = datetime.timedelta(days=7)
PURPOSES = {"confirm": CONFIRM_FOR, "manage": None}


def make(subscription, purpose):
    return signing.dumps([subscription.pk, subscription.key], salt=f"alerts.{purpose}")


def read(token, purpose):
    """The subscription a token names, or None when it is forged, expired or its subscription is gone."""
    try:
        pk, key = signing.loads(token, salt=f"alerts.{purpose}", max_age=PURPOSES[purpose])
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return Subscription.objects.filter(pk=pk, key=key).first()

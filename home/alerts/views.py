"""The alert pages: subscribe, mail me my links, confirm, manage, unsubscribe. Thin: forms.py checks, service.py acts.

Confirming, deleting and unsubscribing happen on POST only (a mail program that opens links ahead of the reader
changes nothing); the unsubscribe address also takes RFC 8058's one-click POST, without a session or CSRF cookie.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core import clients
from core.params import ParamError

from . import forms, service, tokens, topics


def _language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def _too_many(request):
    """A 429 with Retry-After when this client posted the alert forms too often this minute (core/clients.py)."""
    seconds = clients.retry_after(request, "alerts", settings.ALERTS_RATE_LIMIT)
    if seconds is None:
        return None
    message = gettext("Too many requests from your address. Try again in %(seconds)d seconds.") % {"seconds": seconds}
    response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(seconds)
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    language = _language()
    initial = {}
    try:
        if request.GET.get("topic"):
            initial["topic"] = forms.preselected_topic(request.GET["topic"], language)  # an unknown one is a 400
        initial["search"] = forms.parse_saved_search(request.GET.get("search", ""), language)
    except ParamError as error:
        return render(request, "alerts/subscribe.html", {"error": str(error)}, status=400)
    if request.method == "POST":
        if limited := _too_many(request):
            return limited
        form = forms.SubscribeForm(request.POST, page_language=language)
        if form.is_valid():
            data = form.cleaned_data
            service.request_alert(data["email"], data["language"], data["frequency"], data["kind"], data["term"],
                                  data["search"])  # fmt: skip
            return render(request, "alerts/sent.html", {"email": data["email"]})
        status = 400
    else:
        form, status = forms.SubscribeForm(initial=initial, page_language=language), 200
    search = form["search"].value() or initial.get("search")
    context = {"form": form, "saved_search": bool(search), "search_words": forms.search_words(search or "", language)}
    return render(request, "alerts/subscribe.html", context, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def links(request):
    """The form "Mail me the links to my alerts" (as GOV.UK's e-mail alerts have), for a reader who lost every
    message: the answer is the same whether or not the address has alerts; only its mailbox learns that
    (service.send_links)."""
    if request.method == "POST":
        if limited := _too_many(request):
            return limited
        form = forms.LinksForm(request.POST)
        if form.is_valid():
            service.send_links(form.cleaned_data["email"], _language())
            return render(request, "alerts/links_sent.html", {"email": form.cleaned_data["email"]})
        return render(request, "alerts/links.html", {"form": form}, status=400)
    return render(request, "alerts/links.html", {"form": forms.LinksForm()})


def _gone(request):
    return render(request, "alerts/gone.html", status=404)


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscription = tokens.read(token, "confirm")
    if subscription is None:
        return _gone(request)
    context = {"topic": topics.label(subscription), "token": token}
    if request.method == "POST":
        service.confirm(subscription)
        context["manage_token"] = tokens.make(subscription, "manage")
        return render(request, "alerts/confirmed.html", context)
    return render(request, "alerts/confirm.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    subscription = tokens.read(token, "manage")
    if subscription is None:
        return _gone(request)
    form = forms.ManageForm(instance=subscription)
    context = {"subscription": subscription, "topic": topics.label(subscription), "token": token}
    if request.method == "POST":
        if request.POST.get("action") == "delete":
            service.end(subscription)
            return render(request, "alerts/unsubscribed.html", context)
        form = forms.ManageForm(request.POST, instance=subscription)
        if form.is_valid():
            form.save()
            context["saved"] = True
        else:
            context["status"] = 400
    context["form"] = form
    return render(request, "alerts/manage.html", context, status=context.get("status", 200))


@csrf_exempt  # RFC 8058: the mail program posts without a session or CSRF cookie; the signed token is the proof
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    subscription = tokens.read(token, "manage")
    if subscription is None:
        # Already gone (a second click, or the mail program's one-click after the reader's): the same as done.
        return render(request, "alerts/unsubscribed.html") if request.method == "POST" else _gone(request)
    context = {"topic": topics.label(subscription), "token": token}
    if request.method == "POST":
        service.end(subscription)
        return render(request, "alerts/unsubscribed.html", context)
    return render(request, "alerts/unsubscribe.html", context)

"""Rate limits per client on the search page, the search API and autocomplete: a 429 with Retry-After beyond the
limit, other clients unaffected, and the client taken from X-Forwarded-For only behind TRUSTED_PROXY_COUNT proxies."""

import ipaddress

import pytest
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from core.clients import client_address

API, PAGE, SUGGEST = "/api/search/", "/zoeken/", "/api/search/autocomplete/"


@pytest.mark.django_db
@pytest.mark.usefixtures("one_clock_minute")
def test_beyond_the_limit_a_client_gets_429_with_retry_after_and_others_do_not(client, home, settings):
    settings.SEARCH_RATE_LIMIT, settings.AUTOCOMPLETE_RATE_LIMIT = 2, 1
    me, other = {"REMOTE_ADDR": "192.0.2.1"}, {"REMOTE_ADDR": "192.0.2.2"}
    assert [client.get(API, {"q": "raad"}, **me).status_code for _ in range(2)] == [200, 200]
    refused = client.get(API, {"q": "raad"}, **me)
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 60
    assert (
        refused.json()["error"]
        == f"Te veel zoekopdrachten vanaf je adres. Probeer het over {refused['Retry-After']} seconden opnieuw."
    )
    page = client.get(PAGE, {"q": "raad"}, **me)  # the page and the API count as one: both run a search
    assert page.status_code == 429 and page["Retry-After"] and page["Content-Type"].startswith("text/plain")
    assert "Te veel zoekopdrachten" in page.content.decode()
    assert client.get(API, {"q": "raad"}, **other).status_code == 200, "another address has its own count"
    assert [client.get(SUGGEST, {"q": "ra"}, **me).status_code for _ in range(2)] == [200, 429]
    settings.SEARCH_RATE_LIMIT = 0  # no limit
    assert client.get(API, {"q": "raad"}, **me).status_code == 200


@pytest.mark.django_db
@pytest.mark.usefixtures("one_clock_minute")
def test_the_proxy_header_counts_only_behind_trusted_proxies(client, home, settings):
    settings.SEARCH_RATE_LIMIT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    spoofed = [{"HTTP_X_FORWARDED_FOR": f"198.51.100.{n}"} for n in (1, 2)]
    assert [client.get(API, **proxy, **header).status_code for header in spoofed] == [200, 429], "header ignored"

    settings.TRUSTED_PROXY_COUNT = 1
    assert [client.get(API, **proxy, **header).status_code for header in spoofed] == [200, 200], "one per client"
    again = {"HTTP_X_FORWARDED_FOR": "203.0.113.7, 198.51.100.1"}  # a client cannot escape by writing the left
    assert client.get(API, **proxy, **again).status_code == 429
    garbage = {"HTTP_X_FORWARDED_FOR": "nonsense, <script>"}  # no address: REMOTE_ADDR's count (used up above)
    assert client.get(API, **proxy, **garbage).status_code == 429


ip = st.one_of(st.ip_addresses().map(str), st.text(max_size=12), st.just(""), st.just(" unknown "))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(hops=st.lists(ip, max_size=5), count=st.integers(0, 6), remote=st.ip_addresses().map(str), spaces=st.booleans())
def test_the_client_address_is_always_from_the_header_or_remote_addr(hops, count, remote, spaces):
    header = (", " if spaces else ",").join(hops)
    request = RequestFactory().get(API, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=header)
    with override_settings(TRUSTED_PROXY_COUNT=count):
        address = client_address(request)
    entries = header.split(",")
    if count and len(entries) >= count and _is_ip(entries[-count]):
        assert address == str(ipaddress.ip_address(entries[-count].strip()))
    else:
        assert address == remote


def _is_ip(text):
    try:
        ipaddress.ip_address(text.strip())
    except ValueError:
        return False
    return True

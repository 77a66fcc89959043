"""The demo site, crawled over HTTP from its home page: no broken internal link and no server error, on the stack
this run serves it from (the browser suite builds the site anyway)."""

import re
import urllib.error
import urllib.request

import pytest

from tests.crawl import crawl

pytestmark = pytest.mark.browser


def test_the_demo_site_has_no_broken_internal_link_and_no_server_error(demo_site):
    def get(url):
        try:
            with urllib.request.urlopen(demo_site.url + url, timeout=30) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            return error.code, "", b""

    seen, broken = crawl(get)
    assert not broken, broken
    assert len(seen) > 150, "the demo's pages, their sections, themes, keywords and feeds in both languages"
    assert any(re.match(r"^/en/training-guide/[\w-]+/$", url) for url in seen)

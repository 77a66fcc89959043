"""Valid HTML: the Nu Html Checker (vnu-jar from npm, run with Java) on every page type, in both languages.

The pages are checked as the server sends them. One checker run covers them all (a Java start per page would
cost more than the checking); each page type then reports its own errors.
"""

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.browser.page_types import NAMES
from tests.services.browser import VNU

pytestmark = pytest.mark.browser
LANGUAGES = ["nl", "en"]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is a page type too
        return error.read()


def check(paths):
    """{file name: [error lines]} for the given HTML files, from one run of the checker."""
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--exit-zero-always", "--stdout",
         *map(str, paths)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    errors = {path.name: [] for path in paths}
    for message in json.loads(result.stdout)["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1]
        line = f"line {message.get('lastLine', '?')}: {message['message']} [{message.get('extract', '').strip()}]"
        errors.setdefault(name, []).append(line)
    return errors


@pytest.fixture(scope="module")
def checked(demo_site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    paths = []
    for page_type in NAMES:
        for language in LANGUAGES:
            path = folder / f"{page_type}-{language}.html"
            path.write_bytes(fetch(demo_site.url + demo_site.pages[page_type][language]))
            paths.append(path)
    return check(paths)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", NAMES)
def test_page_type_is_valid_html(checked, page_type, language):
    errors = checked[f"{page_type}-{language}.html"]
    assert not errors, "\n".join(errors)


def test_the_checker_reports_invalid_html(tmp_path):
    """The check above can fail: a page with a stray end tag and a duplicate id is reported."""
    path = tmp_path / "broken.html"
    path.write_text('<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><p id="a"></div>'
                    '<p id="a">twee</p></body></html>')  # fmt: skip
    assert len(check([path])["broken.html"]) >= 2

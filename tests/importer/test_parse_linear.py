"""Parsing an export is linear in its size: the shapes that made it quadratic stay quick (issue 15).

The one timed test we accept; its limit is generous (a loaded CI machine) and it is the only guard. Before the fix,
10,000 blank lines took 5 s to recognise and the shapes below took minutes. `make bench-import` prints the 5 MB figure.
"""

import time

import pytest

from articles.importer.parsing import ExportError
from tests.bench.pathological import BASES, FIXTURES, parse, pathological_export

LIMIT_SECONDS = 10
SIZE = 600_000  # characters of hostile filler: 100,000 blank lines, lines of 120,000 characters, an unbroken run


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The parser is pure Python: nothing to clear, and no Django settings needed (overrides conftest's)."""
    yield


def test_blank_line_runs_long_lines_and_no_line_breaks_parse_in_linear_time():
    texts = [pathological_export("article", SIZE), pathological_export("guide", SIZE), "woord " * (SIZE // 6),
             "\n" * SIZE, " \n" * (SIZE // 2), "x" * SIZE + "@"]  # fmt: skip
    started = time.perf_counter()
    kinds = []
    for text in texts:
        try:
            kinds.append(parse(text)[0])
        except ExportError:
            kinds.append("refused")
    elapsed = time.perf_counter() - started
    assert kinds == ["article", "guide", "refused", "refused", "refused", "refused"]
    plain = parse((FIXTURES / BASES["article"]).read_text(encoding="utf-8"))[1]
    hostile = parse(texts[0])[1]
    assert (hostile.title, hostile.themes, hostile.keywords) == (plain.title, plain.themes, plain.keywords)
    assert elapsed < LIMIT_SECONDS, f"parsing {len(texts)} hostile exports took {elapsed:.1f} s"

"""Judged queries run through the search service, and the figures they give: shared by `manage.py search_eval` and the
quality gate (tests/search_quality/).

A judged file holds one JSON object a line: {"q": ..., "lang": "nl", "kind": "compound", "relevant": [keys]}, the
keys most important first. A key is an imported item's `import_source` (see ../shared/search-eval/README.md) or
`demo:<Dutch slug>` for a demo page (home/demo/data/<type>/<slug>.yaml), in either language: an English page counts
as its Dutch source, so one key serves a query in each language. An empty `relevant` marks a query that should find
nothing; those are scored apart (the share that returns no result).
"""

import json
import math
from pathlib import Path

from django.db import connection
from wagtail.models import Page

from core import registry
from search import service
from search.params import SearchParams

DEPTH = 20  # results looked at per query
NDCG_DEPTH = 10
FOLDER = Path(__file__).resolve().parent
JUDGED = FOLDER / "judged.jsonl"
BASELINE = FOLDER / "baseline.json"
FLOORS = FOLDER / "floors.json"


class JudgedFileError(ValueError):
    pass


class BackendFailed(RuntimeError):
    """The engine did not answer a judged query, twice: its figures would have been the database fallback's."""


def load(file):
    """The judged queries of `file`, checked line by line."""
    path = Path(file)
    if not path.is_file():
        raise JudgedFileError(f"{file}: no such file")
    judged = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            assert isinstance(item["q"], str) and isinstance(item["relevant"], list)
        except (ValueError, KeyError, TypeError, AssertionError) as error:
            raise JudgedFileError(f"{file}, line {number}: not a judged query ({error})") from error
        judged.append(item)
    if not judged:
        raise JudgedFileError(f"{file}: no judged queries")
    return judged


def query_key(item):
    return f"{item.get('lang', 'nl')}:{item['q']}"


def backend_label(response):
    """ "opensearch", "elasticsearch", or the database backend with its vendor: "database-sqlite", ..."""
    return response.backend if response.backend != "database" else f"database-{connection.vendor}"


def item_keys(ids):
    """{page id: judged key} for the result ids: the import source, else `demo:` and the Dutch page's slug."""
    rows = {}
    for model in registry.models():
        for pk, source, translation_key in model.objects.filter(pk__in=ids).values_list(
            "pk", "import_source", "translation_key"
        ):
            rows[pk] = (source, translation_key)
    dutch = dict(
        Page.objects.filter(
            translation_key__in={key for source, key in rows.values() if not source}, locale__language_code="nl"
        ).values_list("translation_key", "slug")
    )
    return {pk: source or f"demo:{dutch.get(key, '?')}" for pk, (source, key) in rows.items()}


def ndcg(found, relevant, depth=NDCG_DEPTH):
    """Normalised discounted cumulative gain: the first-listed relevant key gains most, the last gains 1."""
    gains = {key: len(relevant) - n for n, key in enumerate(relevant)}
    dcg = sum(gains.get(key, 0) / math.log2(rank + 1) for rank, key in enumerate(found[:depth], start=1))
    ideal = sum(gain / math.log2(rank + 1) for rank, gain in enumerate(sorted(gains.values(), reverse=True)[:depth], 1))
    return dcg / ideal if ideal else 0.0


def answer(params):
    """(the search service's answer, whether it took a second try). The backend judged answers every query: an answer
    the engine failed on (`degraded`: the database fallback's) is asked once more, then refused. The gate scored
    whatever answered: in a CI run on unchanged code two engine ranks moved (1 -> -, 3 -> 2), answers the engine
    never gives (no ties) and the fallback does (it does not find "adviseert")."""
    response = service.search(params, log=False)
    if not response.degraded:
        return response, False
    response = service.search(params, log=False)
    if response.degraded:
        raise BackendFailed(f"the search engine did not answer {params.query!r} (twice; the log says why): "
                            "the figures would be the database fallback's")  # fmt: skip
    return response, True


def run(judged):
    """Each query through the search service, unlogged: its rank (first relevant result), nDCG@10 and top three."""
    results, backend = [], None
    for item in judged:
        params = SearchParams(query=item["q"], language=item.get("lang", "nl"), per_page=DEPTH)
        response, retried = answer(params)
        backend = backend or backend_label(response)
        ids = [hit.card.pk for hit in response.hits]
        keys = item_keys(ids)
        found = [keys.get(pk, "?") for pk in ids]
        relevant = item["relevant"]
        rank = next((n for n, key in enumerate(found, start=1) if key in relevant), None)
        results.append({
            "key": query_key(item), "q": item["q"], "kind": item.get("kind", ""), "nothing": not relevant,
            "rank": rank, "count": response.count, "ndcg": ndcg(found, relevant) if relevant else None,
            "top3": found[:3], "retried": retried,
        })  # fmt: skip
    return backend, results


def figures(results):
    """MRR, success@3 and nDCG@10 over the judged queries; the share of should-find-nothing queries that found none."""
    judged = [r for r in results if not r["nothing"]]
    nothing = [r for r in results if r["nothing"]]
    share = lambda values: round(sum(values) / len(values), 4) if values else None  # noqa: E731
    return {
        "mrr": share([1 / r["rank"] if r["rank"] else 0 for r in judged]),
        "success_at_3": share([1 if r["rank"] and r["rank"] <= 3 else 0 for r in judged]),
        "ndcg_at_10": share([r["ndcg"] for r in judged]),
        "nothing_empty": share([1 if r["count"] == 0 else 0 for r in nothing]),
        "queries": len(judged),
        "nothing_queries": len(nothing),
    }


def by_kind(results):
    """MRR per kind of query (compound, typo, ...), to see where a backend loses."""
    kinds = {}
    for r in results:
        if not r["nothing"]:
            kinds.setdefault(r["kind"], []).append(1 / r["rank"] if r["rank"] else 0)
    return {kind: round(sum(values) / len(values), 3) for kind, values in sorted(kinds.items())}


def snapshot(results):
    """What the baseline keeps per query: the rank of a judged query, the result count of a should-find-nothing one."""
    return {r["key"]: {"count": r["count"]} if r["nothing"] else {"rank": r["rank"]} for r in results}


def changes(results, baseline_queries):
    """(key, before, after) for each query whose rank changed, or that found something where it found nothing before
    (or the other way round), or that the baseline lacks."""
    changed = []
    for r in results:
        before = baseline_queries.get(r["key"])
        if r["nothing"]:
            was = None if before is None else ("nothing" if before.get("count") == 0 else f"{before.get('count')} hits")
            now = "nothing" if r["count"] == 0 else f"{r['count']} hits"
        else:
            was = None if before is None else (before.get("rank") or "-")
            now = r["rank"] or "-"
        if was != now:
            changed.append((r["key"], "new" if was is None else was, now))
    return changed


def read_json(path):
    path = Path(path)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_baseline(path, backend, results):
    """Replace this backend's entry in the baseline file, keeping the other backends'."""
    data = read_json(path)
    data[backend] = {"figures": figures(results), "queries": snapshot(results)}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")

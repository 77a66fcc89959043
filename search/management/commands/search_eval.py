"""python manage.py search_eval FILE [--json]: MRR and success@3 of judged queries, through the search service.

FILE holds one JSON object a line: {"q": ..., "lang": "nl", "relevant": [import sources, most important first]}.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core import registry
from search import service
from search.params import SearchParams

DEPTH = 20  # results looked at per query


class Command(BaseCommand):
    help = "Run judged queries through the search service and print MRR and success@3."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="Print one JSON object instead of a table.")

    def handle(self, *args, file, **options):
        judged = load(file)
        ranks = []
        for item in judged:
            params = SearchParams(query=item["q"], language=item.get("lang", "nl"), per_page=DEPTH)
            response = service.search(params, log=False)
            ids = [hit.card.pk for hit in response.hits]
            found = {}
            for model in registry.models():
                found.update(model.objects.filter(pk__in=ids).values_list("pk", "import_source"))
            sources = [found.get(pk) for pk in ids]
            rank = next((n for n, source in enumerate(sources, start=1) if source in item["relevant"]), None)
            ranks.append({"q": item["q"], "rank": rank, "backend": response.backend, "top3": sources[:3]})
        mrr = sum(1 / r["rank"] for r in ranks if r["rank"]) / len(ranks)
        success = sum(1 for r in ranks if r["rank"] and r["rank"] <= 3) / len(ranks)
        if options["json"]:
            self.stdout.write(dumps({"mrr": round(mrr, 4), "success_at_3": round(success, 4), "queries": ranks}))
            return
        for r in ranks:
            self.stdout.write(f"{r['rank'] or '-':>3}  {r['q']}")
        self.stdout.write(f"MRR {mrr:.3f}  success@3 {success:.3f}  ({len(ranks)} queries, {ranks[0]['backend']})")


def dumps(data):
    return json.dumps(data, ensure_ascii=False)


def load(file):
    path = Path(file)
    if not path.is_file():
        raise CommandError(f"{file}: no such file")
    judged = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            assert isinstance(item["q"], str) and isinstance(item["relevant"], list)
        except (ValueError, KeyError, TypeError, AssertionError) as error:
            raise CommandError(f"{file}, line {number}: not a judged query ({error})") from error
        judged.append(item)
    if not judged:
        raise CommandError(f"{file}: no judged queries")
    return judged

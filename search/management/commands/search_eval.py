"""python manage.py search_eval [FILE] [--json] [--baseline FILE] [--write-baseline FILE] [--paths]

`--paths` judges the learning paths instead (search/evaluation/paths.jsonl by default; search/evaluation/paths.py).

Runs judged queries through the search service (search/evaluation/judged.jsonl by default; format in
search/evaluation/scoring.py) and prints MRR, success@3 and nDCG@10 of the judged queries, and apart from them the
share of should-find-nothing queries that found nothing. `--baseline` prints the queries whose rank changed against
the committed baseline of the backend that answered; `--write-baseline` is the deliberate update of that backend's
entry (the other backends' entries are kept).
"""

import json

from django.core.management.base import BaseCommand, CommandError

from search.evaluation import paths, scoring


class Command(BaseCommand):
    help = "Run judged queries through the search service and print MRR, success@3 and nDCG@10."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default=str(scoring.JUDGED))
        parser.add_argument("--json", action="store_true", help="Print one JSON object instead of a table.")
        parser.add_argument("--baseline", metavar="FILE", help="Print the queries whose rank changed against FILE.")
        parser.add_argument("--write-baseline", metavar="FILE", help="Store this backend's ranks in FILE.")
        parser.add_argument("--paths", action="store_true", help="Judge the learning paths (paths.jsonl) instead.")

    def handle(self, *args, file, **options):
        if options["paths"]:
            return self.judge_paths(file if file != str(scoring.JUDGED) else paths.PATHS, options["json"])
        try:
            judged = scoring.load(file)
        except scoring.JudgedFileError as error:
            raise CommandError(str(error)) from error
        try:
            backend, results = scoring.run(judged)
        except scoring.BackendFailed as error:
            raise CommandError(str(error)) from error
        figures = scoring.figures(results)
        changed = None
        if options["baseline"]:
            stored = scoring.read_json(options["baseline"]).get(backend)
            if stored is None:
                raise CommandError(f"{options['baseline']}: no baseline for {backend}")
            changed = scoring.changes(results, stored["queries"])
        if options["write_baseline"]:
            scoring.write_baseline(options["write_baseline"], backend, results)
        if options["json"]:
            data = {"backend": backend, **figures, "by_kind": scoring.by_kind(results), "results": results}
            if changed is not None:
                data["changed"] = [{"q": key, "before": before, "after": after} for key, before, after in changed]
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        for r in results:
            mark = ("nothing" if r["count"] == 0 else f"{r['count']} hits") if r["nothing"] else (r["rank"] or "-")
            self.stdout.write(f"{mark!s:>9}  {r['key']}  {r['top3'] if not r['rank'] or r['rank'] > 1 else ''}")
        self.stdout.write(" ".join(f"{kind} {mrr}" for kind, mrr in scoring.by_kind(results).items()))
        self.stdout.write(summary(backend, figures))
        if changed is not None:
            self.stdout.write(f"{len(changed)} queries changed rank against {options['baseline']}:")
            for key, before, after in changed:
                self.stdout.write(f"  {before!s:>9} -> {after!s:<9} {key}")

    def judge_paths(self, file, as_json):
        """Precision@3 of the learning paths' sections (search/evaluation/paths.py)."""
        try:
            judged = paths.load(file)
        except scoring.JudgedFileError as error:
            raise CommandError(str(error)) from error
        backend, results = paths.run(judged)
        figures = paths.figures(results)
        if as_json:
            self.stdout.write(json.dumps({"backend": backend, **figures, "results": results}, ensure_ascii=False))
            return
        for r in results:
            self.stdout.write(f"{r['precision']:5.2f}  {r['page']} ({r['section']}): {r['found']}")
        self.stdout.write(f"{backend}: learning paths' precision@3 {figures['precision_at_3']:.3f} "
                          f"({figures['pages']} pages; by section {figures['by_section']})")  # fmt: skip


def summary(backend, figures):
    return (
        f"{backend}: MRR {figures['mrr']:.3f}  success@3 {figures['success_at_3']:.3f}  "
        f"nDCG@10 {figures['ndcg_at_10']:.3f}  ({figures['queries']} queries)  "
        f"found nothing for {figures['nothing_empty'] or 0:.0%} of {figures['nothing_queries']} that should"
    )

"""python manage.py import_loc PATH [PATH ...] [--publish] [--report FILE.json]"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importer.loader import Importer
from articles.importer.report import labelled, summary


class Command(BaseCommand):
    help = "Import LOC text exports (magazine articles, the Opleidingsgids) as pages. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Export files, or folders holding them.")
        parser.add_argument("--publish", action="store_true", help="Publish what the importer may publish.")
        parser.add_argument("--report", metavar="FILE.json", help="Also write the report as JSON to this file.")

    def handle(self, *args, paths, publish=False, report=None, **options):
        data = Importer(publish=publish).run(paths).as_dict()
        for item in map(labelled, data["items"]):
            action, status, kind = (str(item[key]) for key in ("action_label", "status_label", "type_label"))
            self.stdout.write(f"{action:10} {status:12} {kind:22} {item['title']}  [{item['source']}]")
            for warning in item["warnings"]:
                self.stdout.write(f"          ! {warning}")
        self.stdout.write(summary(data))
        if report:
            Path(report).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        if data["errors"]:
            raise CommandError("\n".join(error["message"] for error in data["errors"]))

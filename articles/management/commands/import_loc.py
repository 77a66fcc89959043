"""python manage.py import_loc PATH [PATH ...] [--publish] [--report FILE.json]"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importer.loader import Importer


class Command(BaseCommand):
    help = "Import LOC text exports (magazine articles, the Opleidingsgids) as pages. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Export files, or folders holding them.")
        parser.add_argument("--publish", action="store_true", help="Publish what the importer may publish.")
        parser.add_argument("--report", metavar="FILE.json", help="Also write the report as JSON to this file.")

    def handle(self, *args, paths, publish=False, report=None, **options):
        data = Importer(publish=publish).run(paths).as_dict()
        for item in data["items"]:
            line = f"{item['action']:9} {item['status']:5} {item['type']:7} {item['title']}  [{item['source']}]"
            self.stdout.write(line)
            for warning in item["warnings"]:
                self.stdout.write(f"          ! {warning}")
        summary = ", ".join(f"{data[key]} {key}" for key in ("created", "updated", "unchanged", "skipped"))
        self.stdout.write(f"Import finished: {summary}, {len(data['errors'])} errors.")
        if report:
            Path(report).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        if data["errors"]:
            raise CommandError("\n".join(error["message"] for error in data["errors"]))

"""The import report: what was created, updated, left alone or refused, per file and per page.

Codes (`type`, `action`, `status`) and warnings (message ids with parameters, see notes.py) are kept as data, so that
a report stored in an ImportRun is shown in the reader's admin language; `labelled()` and `summary()` say it in
words, computed from what was written.
"""

from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext, ngettext, pgettext_lazy

from core import registry

from .notes import render, stored

ACTIONS = {
    "created": pgettext_lazy("import result", "created"),
    "updated": pgettext_lazy("import result", "updated"),
    "unchanged": pgettext_lazy("import result", "unchanged"),
}
STATUSES = {"live": pgettext_lazy("import status", "published"), "draft": pgettext_lazy("import status", "draft")}


@dataclass
class ItemReport:
    source: str
    type: str  # the content type's code (core.registry)
    title: str
    url: str
    themes: list
    keywords: list
    sectors: list
    status: str  # "live" | "draft"
    action: str  # "created" | "updated" | "unchanged"
    warnings: list = field(default_factory=list)
    kind: str | None = None
    duration: str | None = None

    def as_dict(self):
        data = asdict(self)
        data["warnings"] = stored(self.warnings)
        if self.kind is None and self.duration is None:  # only modules and trajects have them
            data.pop("kind")
            data.pop("duration")
        return data


@dataclass
class ImportReport:
    items: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    skipped: int = 0

    def count(self, action):
        return sum(1 for item in self.items if item.action == action)

    def as_dict(self):
        return {
            "created": self.count("created"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "skipped": self.skipped,
            "errors": self.errors,
            "items": [item.as_dict() for item in self.items],
        }


def labelled(item):
    """A stored report item with its codes and warnings in words of the active language."""
    code = item.get("type", "")
    return {
        **item,
        "type_label": registry.get(code).label if code in registry.codes() else code,
        "action_label": ACTIONS.get(item.get("action"), item.get("action")),
        "status_label": STATUSES.get(item.get("status"), item.get("status")),
        "warnings": [render(note) for note in item.get("warnings", [])],
    }


def summary(report):
    """One sentence per fact, counted from the items written (never from what was asked)."""
    items = report.get("items", [])
    written = [item for item in items if item.get("action") != "unchanged"]
    published = sum(1 for item in written if item.get("status") == "live")
    drafts = sum(1 for item in written if item.get("status") == "draft")
    to_check = sum(1 for item in written if item.get("warnings"))
    unchanged = len(items) - len(written)
    refused = len(report.get("errors", []))
    sentences = [
        ngettext("%(count)d page created", "%(count)d pages created", report.get("created", 0))
        % {"count": report.get("created", 0)},
        ngettext("%(count)d updated", "%(count)d updated", report.get("updated", 0))
        % {"count": report.get("updated", 0)},
        ngettext("%(count)d unchanged", "%(count)d unchanged", unchanged) % {"count": unchanged},
        ngettext("%(count)d file refused", "%(count)d files refused", refused) % {"count": refused},
    ]
    text = ", ".join(sentences) + "."
    if written:
        text += " " + gettext(
            "Of the pages created or updated, %(published)d are published and %(drafts)d are drafts for their "
            "section's writers; %(to_check)d carry points to check."
        ) % {"published": published, "drafts": drafts, "to_check": to_check}
    return text

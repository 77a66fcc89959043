"""The import report: what was created, updated, left alone or refused, per file and per page."""

from dataclasses import asdict, dataclass, field


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

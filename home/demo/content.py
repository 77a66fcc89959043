"""Demo content for the LOC knowledge base: articles, modules and examples.

Pure data (lists of dicts), no Django imports. The data itself lives in
``articles.py``, ``modules.py`` and ``examples.py``; this module re-exports it
together with the theme and sector slugs it refers to.

All people and organisations are fictional.

Block kinds used in ``body``:
    ("heading", str)
    ("paragraph", str)  -- plain text, one paragraph per block
    ("quote", {"text": str, "attribution": str})
    ("cta", {"text": str, "label": str, "target": str})
        target is "module:<slug>", "article:<slug>", "example:<slug>" or
        "url:https://..."; at most one cta per item.

Run ``python home/demo/content.py`` for a self-check of references and counts.
"""

if __package__:
    from .articles import ARTICLES
    from .examples import EXAMPLES
    from .modules import MODULES
else:  # run as a script: python home/demo/content.py
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from home.demo.articles import ARTICLES
    from home.demo.examples import EXAMPLES
    from home.demo.modules import MODULES

THEMES = [
    "wet-medezeggenschap",
    "adviesonderwerpen",
    "organiseren-medezeggenschap",
    "hulpmiddelen",
    "dienstverlening",
    "achterban",
    "kwaliteit-van-zorg",
    "kwaliteit-jeugdzorg",
    "vrijwilligers-loc",
    "clientenrechten",
]

SECTORS = [
    "vvt",
    "ggz",
    "jeugdzorg",
    "gehandicaptenzorg",
    "maatschappelijke-opvang",
    "ziekenhuizen",
    "eerstelijnszorg",
]

MODULE_KINDS = [
    "basiscursus",
    "trainingsmodule",
    "adviestraject",
    "coachingstraject",
    "ondersteuningstraject",
]

MODULE_SECTIONS = [
    "Trainingen en cursussen",
    "Thema's rond het werk van de raad",
    "Advies- en instemmingsonderwerpen",
    "Advies-, coachings- of ondersteuningstraject",
]

IMAGE_MOTIFS = ["circles", "stripes", "grid", "waves"]

# Keywords that are deliberately not lowercase (proper nouns, abbreviations).
PROPER_NOUN_KEYWORDS = ["Wmcz 2018", "Wzd"]

__all__ = [
    "ARTICLES",
    "MODULES",
    "EXAMPLES",
    "THEMES",
    "SECTORS",
    "MODULE_KINDS",
    "MODULE_SECTIONS",
    "IMAGE_MOTIFS",
    "PROPER_NOUN_KEYWORDS",
]


def _self_check():  # noqa: C901 - a flat list of checks reads best here
    import datetime
    import re
    from collections import Counter

    errors = []
    warnings = []

    def err(msg):
        errors.append(msg)

    def warn(msg):
        warnings.append(msg)

    def sentences(text):
        return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]

    def contrast_with_white(hex_colour):
        def channel(c):
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
        return 1.05 / (lum + 0.05)

    article_keys = {
        "slug",
        "title",
        "intro",
        "date",
        "edition",
        "people_quoted",
        "themes",
        "keywords",
        "sectors",
        "body",
        "image",
        "featured",
    }
    module_keys = {
        "slug",
        "title",
        "kind",
        "section",
        "duration",
        "target_group",
        "intro",
        "date",
        "themes",
        "keywords",
        "sectors",
        "body",
        "image",
        "featured",
    }
    example_keys = {
        "slug",
        "title",
        "organisation",
        "sectors",
        "intro",
        "what_they_did",
        "what_it_brought",
        "source_article",
        "date",
        "themes",
        "keywords",
        "body",
        "image",
    }

    collections = {
        "article": (ARTICLES, article_keys, (5, 9)),
        "module": (MODULES, module_keys, (3, 6)),
        "example": (EXAMPLES, example_keys, (0, 6)),
    }
    slugs = {kind: [item["slug"] for item in items] for kind, (items, _, _) in collections.items()}
    for kind, kind_slugs in slugs.items():
        for slug, n in Counter(kind_slugs).items():
            if n > 1:
                err(f"duplicate {kind} slug {slug!r}")
    all_slugs = Counter(s for kind_slugs in slugs.values() for s in kind_slugs)
    for slug, n in all_slugs.items():
        if n > 1:
            warn(f"slug {slug!r} is used by more than one content type")

    theme_use = Counter()
    theme_article_use = Counter()
    keyword_use = Counter()

    def check_text(where, text, lo=None, hi=None):
        if not isinstance(text, str) or not text.strip():
            err(f"{where}: empty or not a string")
            return
        if "<" in text or ">" in text or "\n" in text:
            err(f"{where}: contains HTML or a line break")
        if lo is not None:
            n = len(sentences(text))
            if not lo <= n <= hi:
                err(f"{where}: {n} sentences, expected {lo}-{hi}")

    def check_target(where, target):
        kind, _, ref = target.partition(":")
        if kind == "url":
            if not ref.startswith("https://"):
                err(f"{where}: url target must start with https://")
        elif kind in slugs:
            if ref not in slugs[kind]:
                err(f"{where}: target {target!r} does not exist")
        else:
            err(f"{where}: unknown target kind in {target!r}")

    for kind, (items, keys, (min_blocks, max_blocks)) in collections.items():
        for item in items:
            where = f"{kind} {item.get('slug')!r}"
            if set(item) != keys:
                err(f"{where}: keys differ: missing {keys - set(item)}, extra {set(item) - keys}")
                continue
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item["slug"]):
                err(f"{where}: slug is not a plain ascii slug")
            check_text(f"{where} title", item["title"])
            check_text(f"{where} intro", item["intro"], 1, 2)
            try:
                day = datetime.date.fromisoformat(item["date"])
                if not datetime.date(2024, 1, 1) <= day <= datetime.date(2026, 12, 31):
                    err(f"{where}: date {item['date']} outside 2024-2026")
            except ValueError:
                err(f"{where}: date {item['date']!r} is not ISO")
            if not item["themes"]:
                err(f"{where}: no themes")
            for theme in item["themes"]:
                if theme not in THEMES:
                    err(f"{where}: unknown theme {theme!r}")
                theme_use[theme] += 1
                if kind == "article":
                    theme_article_use[theme] += 1
            for sector in item["sectors"]:
                if sector not in SECTORS:
                    err(f"{where}: unknown sector {sector!r}")
            if not item["keywords"]:
                err(f"{where}: no keywords")
            for keyword in item["keywords"]:
                keyword_use[keyword] += 1
            image = item["image"]
            if image is not None:
                if set(image) != {"colour", "motif"}:
                    err(f"{where}: image keys must be colour and motif")
                elif image["motif"] not in IMAGE_MOTIFS:
                    err(f"{where}: unknown motif {image['motif']!r}")
                elif not re.fullmatch(r"#[0-9a-fA-F]{6}", image["colour"]):
                    err(f"{where}: colour {image['colour']!r} is not #rrggbb")
                elif contrast_with_white(image["colour"]) < 4.5:
                    err(f"{where}: colour {image['colour']} too light for white text")
            elif kind == "article":
                err(f"{where}: articles need an image")

            body = item["body"]
            if not min_blocks <= len(body) <= max_blocks:
                err(f"{where}: {len(body)} body blocks, expected {min_blocks}-{max_blocks}")
            ctas = 0
            for i, block in enumerate(body):
                bwhere = f"{where} block {i}"
                if not (isinstance(block, tuple) and len(block) == 2):
                    err(f"{bwhere}: not a (kind, value) tuple")
                    continue
                block_kind, value = block
                if block_kind == "heading":
                    check_text(bwhere, value)
                elif block_kind == "paragraph":
                    check_text(bwhere, value, 3, 6)
                elif block_kind == "quote":
                    if set(value) != {"text", "attribution"}:
                        err(f"{bwhere}: quote keys must be text and attribution")
                    else:
                        check_text(bwhere, value["text"])
                        check_text(bwhere, value["attribution"])
                elif block_kind == "cta":
                    ctas += 1
                    if set(value) != {"text", "label", "target"}:
                        err(f"{bwhere}: cta keys must be text, label and target")
                    else:
                        check_text(bwhere, value["text"])
                        check_target(bwhere, value["target"])
                else:
                    err(f"{bwhere}: unknown block kind {block_kind!r}")
            if ctas > 1:
                err(f"{where}: {ctas} cta blocks, at most one allowed")

            if kind == "article":
                if not item["edition"].startswith("Zorg en Zeggenschap, "):
                    err(f"{where}: unexpected edition {item['edition']!r}")
                if item["people_quoted"]:
                    name = item["people_quoted"].split(" (")[0]
                    attributions = [v["attribution"] for k, v in body if k == "quote"]
                    if not any(name in a for a in attributions):
                        warn(f"{where}: {name} is listed as quoted but has no quote block")
            elif kind == "module":
                if item["kind"] not in MODULE_KINDS:
                    err(f"{where}: unknown module kind {item['kind']!r}")
                if item["section"] not in MODULE_SECTIONS:
                    err(f"{where}: unknown module section {item['section']!r}")
                check_text(f"{where} target_group", item["target_group"])
            elif kind == "example":
                check_text(f"{where} what_they_did", item["what_they_did"], 2, 4)
                check_text(f"{where} what_it_brought", item["what_it_brought"], 2, 3)
                if not item["sectors"]:
                    err(f"{where}: examples need a sector")
                source = item["source_article"]
                if source is not None and source not in slugs["article"]:
                    err(f"{where}: source_article {source!r} does not exist")

    if len(ARTICLES) < 12:
        err(f"{len(ARTICLES)} articles, expected at least 12")
    if not 12 <= len(MODULES) <= 16:
        err(f"{len(MODULES)} modules, expected 12-16")
    if len(EXAMPLES) < 8:
        err(f"{len(EXAMPLES)} examples, expected at least 8")
    featured_modules = sum(1 for m in MODULES if m["featured"])
    if not 3 <= featured_modules <= 4:
        err(f"{featured_modules} featured modules, expected 3-4")
    if len({m["kind"] for m in MODULES}) < len(MODULE_KINDS):
        warn("not every module kind is used")
    example_sectors = Counter(s for e in EXAMPLES for s in e["sectors"])
    if len(example_sectors) < 5:
        err(f"examples cover {len(example_sectors)} sectors, expected at least 5")
    linked = sum(1 for e in EXAMPLES if e["source_article"])
    if linked < 3:
        err(f"{linked} examples link to an article, expected at least 3")
    for theme in THEMES:
        if theme_use[theme] < 2:
            err(f"theme {theme!r} used by {theme_use[theme]} items, expected at least 2")
        if theme_article_use[theme] < 1:
            err(f"theme {theme!r} is not used by any article")
    if not 25 <= len(keyword_use) <= 35:
        err(f"{len(keyword_use)} distinct keywords, expected 25-35")
    for keyword, n in keyword_use.items():
        if n < 2:
            warn(f"keyword {keyword!r} is used by only one item")
        if keyword != keyword.lower() and keyword not in PROPER_NOUN_KEYWORDS:
            warn(f"keyword {keyword!r} is not lowercase (fine for proper nouns/abbreviations)")

    print(f"articles: {len(ARTICLES)} (featured {sum(1 for a in ARTICLES if a['featured'])})")
    print(f"modules:  {len(MODULES)} (featured {featured_modules})")
    print("  kinds:    " + ", ".join(f"{k} {n}" for k, n in Counter(m["kind"] for m in MODULES).items()))
    print("  sections: " + "; ".join(f"{k} {n}" for k, n in Counter(m["section"] for m in MODULES).items()))
    print(f"examples: {len(EXAMPLES)} ({linked} linked to an article)")
    print("  sectors:  " + ", ".join(f"{s} {example_sectors[s]}" for s in SECTORS if example_sectors[s]))
    print("themes (items / articles):")
    for theme in THEMES:
        print(f"  {theme:<30} {theme_use[theme]:>2} / {theme_article_use[theme]}")
    print(f"distinct keywords: {len(keyword_use)}")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(keyword_use.items(), key=lambda kv: (-kv[1], kv[0]))))
    for msg in warnings:
        print(f"WARNING: {msg}")
    for msg in errors:
        print(f"ERROR: {msg}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return not errors


if __name__ == "__main__":
    import sys

    sys.exit(0 if _self_check() else 1)

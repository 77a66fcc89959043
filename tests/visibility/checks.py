"""The check of one cell: nothing of the hidden pages in an output, the visible control pages in it, counts right."""

import re
from html import escape


def what_leaks(text, secret):
    """Which hidden things show: a page (title, intro, address), or the keyword, theme or sector only hidden pages
    use. Decided by the words around each occurrence of the secret."""
    kinds = set()
    for match in re.finditer(re.escape(secret), text, flags=re.IGNORECASE):
        around = text[max(0, match.start() - 7) : match.end() + 9].lower()
        if re.search(rf"(thema|theme)[- ]{secret}", around):
            kinds.add("theme")
        elif re.search(rf"sector[- ]{secret}", around):
            kinds.add("sector")
        elif re.search(rf"{secret}(-english)?[/\"<,]|{secret} english[\"<]|[\">]{secret}[\"<]", around):
            kinds.add("keyword")
        else:
            kinds.add("page")
    return sorted(kinds)


def leak_context(text, needle, width=70):
    """Where the needle shows up, for the failure message."""
    found = []
    for match in re.finditer(re.escape(needle), text, flags=re.IGNORECASE):
        found.append(" ".join(text[max(0, match.start() - width) : match.end() + width].split()))
        if len(found) == 3:
            break
    return found


def read_output(read, output, world, sw, lang):
    """{url: text} of the output's URLs, and a problem for every answer that is not a 200."""
    urls = output.urls(world, sw, lang)
    assert urls, f"{output.name} yields no URL in {lang}"
    texts, problems = {}, []
    for url in urls:
        status, text = read(url)
        texts[url] = text
        if status != 200:
            problems.append(f"{url} answered {status}")
    return texts, problems


def problems_in(output, world, sw, lang, texts, problems=()):
    problems = list(problems)
    secret = sw.state.secret
    for url, text in texts.items():
        if secret in text.lower():
            kinds = "+".join(what_leaks(text, secret))
            problems.append(f"hidden {kinds} leaks into {url}: {leak_context(text, secret)}")
    everything = "\n".join(texts.values()).lower()
    missing = [words for words in output.expect(world, sw, lang)
               if words.lower() not in everything and escape(words).lower() not in everything]  # fmt: skip
    if missing:
        problems.append(f"visible control missing: {missing}")
    if output.counts is not None and not any("answered" in problem for problem in problems):
        problems += output.counts(world, sw, lang, texts)
    return problems


def report(sw, output, lang, problems):
    return f"{sw.state.description} × {output.name} ({lang}):\n- " + "\n- ".join(problems)

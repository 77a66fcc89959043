"""axe-core, from npm, injected into the page: the WCAG 2.1 A and AA rules."""

from tests.services.browser import AXE

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page):
    """axe-core's violations on the page as it is now, one readable line per rule and element.

    axe is run by the browser's debugging protocol, which the site's content security policy does not govern (an
    inline script tag, as `add_script_tag` adds, is refused by it, as it should be)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_21_AA
    )
    return [
        f"{rule['id']} ({rule['impact']}): {rule['help']} at {node['target']}: {node['failureSummary']}"
        for rule in result["violations"]
        for node in rule["nodes"]
    ]

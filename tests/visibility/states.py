"""The hidden page states of the visibility matrix, each with words of its own.

Every state gets a shared `token` (in the titles and intros of both its hidden pages and its visible control pages,
and the name of the keyword they share) and a `secret` that only its hidden pages carry: in their titles, intros and
addresses, and in the names and slugs of the keyword, theme and sector that only hidden pages use. So "nothing of a
hidden page appears" is one check: the secret is nowhere in the output. The words are made up, so no stemmer,
compound splitter or typo tolerance connects one state's words to another's.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class State:
    code: str
    token: str  # shared by the hidden and the control pages
    secret: str  # only on hidden pages
    theme: str  # the (top-level) theme this state's pages share, Dutch slug
    description: str

    def __str__(self):
        return self.code

    @property
    def promo(self):
        """A search promotion query that promotes this state's hidden and control article."""
        return f"promo{self.token}"

    def misspelt(self, word):
        """Three letters too many in the middle: close enough for "did you mean", too far for the engine's typo
        tolerance (at most two edits), and the word itself never appears in the query."""
        return word[:3] + "qqq" + word[3:]


STATES = [
    State("draft", "brokwilt", "zwimbarsk", "wet-medezeggenschap", "never published draft"),
    State("in-review", "fendoruk", "qualtimbor", "adviesonderwerpen", "never published, submitted for review"),
    State("go-live-future", "gorplavik", "yxmertusk", "organiseren-medezeggenschap", "scheduled to go live later"),
    State("expired", "hubrinosk", "vlantepork", "hulpmiddelen", "expiry date passed, scheduled job not yet run"),
    State("unpublished", "jastromik", "kwendilax", "dienstverlening", "published, then unpublished"),
    State("password", "lurmodask", "pixtrovak", "achterban", "live, with a password restriction"),
    State("login", "mordavix", "ruxtempik", "kwaliteit-van-zorg", "live, with a login restriction"),
    State("group", "nebrustak", "splomivar", "vrijwilligers-loc", "live, with a group restriction"),
    State("parent-restricted", "oktavrum", "tegrumpix", "clientenrechten", "live, under a login-restricted section"),
]
BY_CODE = {state.code: state for state in STATES}
LANGUAGES = ("nl", "en")
TYPES = ("article", "module", "example")

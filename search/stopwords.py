"""Words a search ignores, per language: Snowball's stop lists plus the words of a reader's question ("hoe", "we").

One list for every backend: the engine's stop filter (search/backends/dutch.py) and the database backends' content
words (search/database.py) read it, so a long question requires the same words everywhere.
"""

DUTCH = frozenset(
    """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat
    mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog
    zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder
    ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest
    andere we wij jullie onze ons jij jouw welke welk waar wanneer waarom wat hoe kun kunt moeten mag mogen gaat
    """.split()
)
ENGLISH = frozenset(
    """
    a an and are as at be but by can do does for from how i if in into is it its me my no not of on or our should
    so than that the their them then there these they this to was we what when where which who why will with you
    your
    """.split()
)
BY_LANGUAGE = {"nl": DUTCH, "en": ENGLISH}


def content_words(words, language="nl"):
    """The words that are not stop words (all of them if every word is one: "de" alone still searches)."""
    stop = BY_LANGUAGE.get(language, DUTCH)
    kept = [word for word in words if word.lower() not in stop]
    return kept or list(words)

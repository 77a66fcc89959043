"""The importer's warnings: written in English as gettext message ids, shown in the reader's admin language.

A Note reads as its English text (so logs and tests can look for words in it) and keeps its message id and
parameters, so the report, the page editor's notice and the dashboard translate it when they show it (Dutch first).
"""

from django.utils.translation import gettext, override

# Parameters that are themselves message ids (a field's verbose name): translated too when a note is shown.
TRANSLATED_PARAMS = {"field"}


class Note(str):
    def __new__(cls, message, **params):
        note = super().__new__(cls, message % params if params else message)
        note.message, note.params = message, {key: str(value) for key, value in params.items()}
        return note

    def as_dict(self):
        return {"message": self.message, "params": self.params}


def render(note):
    """A note (a Note, or its stored dict) in the active language."""
    if isinstance(note, dict):
        message, params = note.get("message", ""), note.get("params") or {}
    else:
        message, params = getattr(note, "message", str(note)), getattr(note, "params", {})
    params = {key: gettext(value) if key in TRANSLATED_PARAMS else value for key, value in params.items()}
    text = gettext(message)
    try:
        return text % params if params else text
    except (KeyError, TypeError, ValueError):  # a catalogue entry that does not fit its message: show the English
        return message % params if params else message


def stored(notes):
    """Notes as kept on a page or in a report: message id and parameters, plus the text in the active language."""
    notes = [note if isinstance(note, dict | Note) else Note(str(note)) for note in notes]
    return [{**(note.as_dict() if isinstance(note, Note) else note), "text": render(note)} for note in notes]


def msgid(verbose_name):
    """A field's verbose name as its English message id (for TRANSLATED_PARAMS)."""
    with override(None):
        return str(verbose_name)

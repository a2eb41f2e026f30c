"""One switch for the language of the kit: ``crmlab.set_language("zh")``.

It sets, in one place, the language of chart titles, axis labels and legends (:mod:`crmlab.plot`),
widget labels (:mod:`crmlab.widgets`), the feedback of ``check()`` (:mod:`crmlab.exercises`) and
the locale of the data: after ``set_language("zh")``, ``load_telecom()`` and
``crmlab.exercises.start(seed)`` give the zh_CN world (Chinese names, places, phones and company
names; the numbers and category codes are identical to the en_US world of the same seed). Every
text comes from :mod:`crmlab.glossary`. The environment variable ``CRMLAB_LANGUAGE=zh`` sets the
starting language.

Examples
--------
>>> import crmlab
>>> crmlab.set_language("zh"); crmlab.language()
'zh'
>>> crmlab.set_language("en"); crmlab.language()
'en'
"""

from __future__ import annotations

import os

#: The languages the kit speaks.
LANGUAGES = ("en", "zh")
#: The data locale (``generate_telecom(locale=...)``) of each language.
LOCALES = {"en": "en_US", "zh": "zh_CN"}

_start = os.environ.get("CRMLAB_LANGUAGE", "en")
#: The one place the current language lives (``crmlab.exercises`` reads the same dict).
STATE = {"language": _start if _start in LANGUAGES else "en"}


def set_language(language: str) -> None:
    """Switch the kit to ``"en"`` (English) or ``"zh"`` (中文): charts, widgets, ``check()``
    feedback and the locale of ``load_telecom()`` / ``start(seed)`` follow.

    Parameters
    ----------
    language : {"en", "zh"}

    Examples
    --------
    >>> set_language("zh"); data_locale()
    'zh_CN'
    >>> set_language("en"); data_locale()
    'en_US'
    """
    if not isinstance(language, str) or language not in LANGUAGES:
        raise ValueError(f"set_language: language must be one of {LANGUAGES}, got {language!r}")
    STATE["language"] = language
    _sync_display()


def _sync_display() -> None:
    """In a notebook, show every DataFrame and Series through ``glossary.translate_labels`` while
    the language is "zh" (display only: the objects keep their English labels and values), and
    the pandas way again in "en"."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return
    import pandas as pd

    from .glossary import translate_labels

    html = shell.display_formatter.formatters["text/html"]
    plain = shell.display_formatter.formatters["text/plain"]
    for kind in (pd.DataFrame, pd.Series):
        html.pop(kind, None)
        plain.pop(kind, None)
    if STATE["language"] != "zh":
        return
    html.for_type(pd.DataFrame, lambda frame: translate_labels(frame)._repr_html_())
    for kind in (pd.DataFrame, pd.Series):
        plain.for_type(kind, lambda value, printer, cycle: printer.text(repr(translate_labels(value))))


def language() -> str:
    """The current language, ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> language() in LANGUAGES
    True
    """
    return STATE["language"]


def data_locale() -> str:
    """The data locale of the current language: ``"en_US"`` or ``"zh_CN"``.

    Examples
    --------
    >>> data_locale() in ("en_US", "zh_CN")
    True
    """
    return LOCALES[STATE["language"]]

"""The Chinese text of what the chapters print: the sentences of ``glossary.tr`` (keyed by their
English template), the labels of table columns and indexes, and the text values shown in tables.

One module per chapter (``ch00`` … ``ch06``), each a dict ``ZH`` of English → Chinese, written in
the course's own terms (:data:`crmlab.glossary.TERMS`). :data:`ZH` merges them; a text used by
several chapters must have the same Chinese in each (a test checks it). The kit reads them only
after ``crmlab.set_language("zh")``; in English nothing here is used.

Examples
--------
>>> from crmlab.translations import ZH
>>> all(isinstance(k, str) and isinstance(v, str) for k, v in ZH.items())
True
"""

from __future__ import annotations

from . import ch00, ch01, ch02, ch03, ch04, ch05, ch06

#: The chapter modules, in order.
CHAPTERS = (ch00, ch01, ch02, ch03, ch04, ch05, ch06)

#: English text (a ``tr`` template, a column label or a table value) → its Chinese text.
ZH: dict[str, str] = {}
for _chapter in CHAPTERS:
    ZH.update(_chapter.ZH)

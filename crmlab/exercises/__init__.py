"""Self-checking exercises: ``check(exercise_id, answer)`` answers ✔ or ✘ with a hint, never the answer.

Reference answers are computed by the kit from the shipped dataset (``load_telecom()``), so they
always agree with the data a student sees. Numbers are compared with a tolerance; a wrong type or
shape gets its own hint.

>>> check("00.1", ...)
✘ 00.1 not yet: replace the ... with your answer.
False
"""

from ._check import check, exercise_ids, hint, question

__all__ = ["check", "hint", "question", "exercise_ids"]

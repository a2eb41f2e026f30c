"""Self-checking exercises on each student's own data.

A notebook starts with ``data = start(seed)`` (the seed is your student number); ``check`` answers
✔ or ✘ for that seed's data, says "close" when an answer is near and what is probably off, and
never gives the answer; ``hint(id)`` gives the idea, ``hint(id, 2)`` the method.

>>> check("00.1", ...)
✘ 00.1 not yet: replace the ... with your answer.
"""

from ._check import check, current_seed, exercise_ids, hint, question, start
from ._messages import language, set_language

__all__ = ["start", "check", "hint", "question", "exercise_ids", "current_seed",
           "set_language", "language"]

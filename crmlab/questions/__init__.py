"""A question bank for exams on each student's own data (题库).

Calculation questions take their numbers from the student's telecom world (the seed is the
student number; seed 0 is the shipped data) and compute their answers with the kit's functions;
concept questions carry a model answer and marking points. Every question is in English and
Chinese.

>>> paper = exam(12345, chapters=["03"], n=2)
>>> list(paper["question_id"].str[0])
['Q', 'K']

From the shell: ``python -m crmlab.questions --seed 12345 --out exam_12345.md --answers``.
"""

from .export import exam

__all__ = ["exam"]

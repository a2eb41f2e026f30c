"""``python -m crmlab.questions --seed 12345 --out exam_12345.md [--answers] [--language zh]
[--chapters 02 03] [--n 20]``: write one student's exam (and its answer key) as Markdown."""

from __future__ import annotations

import argparse
import sys

from ._bank import CHAPTERS, load
from .export import LANGUAGES, write_exam


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crmlab.questions",
        description="Write a Markdown exam on one student's data (and its answer key).")
    parser.add_argument("--seed", type=int, required=True, help="the student's number (0 = shipped data)")
    parser.add_argument("--out", required=True, help="Markdown file of the exam")
    parser.add_argument("--answers", action="store_true",
                        help="also write the answer key to <out stem>_key.md")
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--chapters", nargs="+", choices=CHAPTERS, default=None)
    parser.add_argument("--n", type=int, default=None, help="draw this many questions (seeded)")
    args = parser.parse_args(argv)
    try:
        paths = write_exam(args.seed, args.out, chapters=args.chapters, n=args.n,
                           language=args.language, answers=args.answers)
    except (TypeError, ValueError) as error:
        parser.error(str(error))
    bank = load()
    print(f"wrote {', '.join(str(p) for p in paths)} ({len(bank)} questions in the bank)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

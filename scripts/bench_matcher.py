"""Benchmark (prints figures, asserts nothing): how the matcher's cost grows with names and text.

    .venv/bin/python scripts/bench_matcher.py

The matcher should cost the same per token whatever the number of names, and grow linearly with
the text. Times are reported as ratios to the smallest case, so they read the same on any machine.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from reader.build import Project, enrich  # noqa: E402
from reader.enrich.matcher import Matcher  # noqa: E402
from reader.model import plain  # noqa: E402


def best_of(fn, n=5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    corpus = enrich(Project.at(ROOT))
    text = "\n".join(plain(p.runs) for d in corpus.docs for p in d.paragraphs)
    names = dict(corpus.registry.aliases)
    print(f"texts: {len(text):,} characters; names in the registry: {len(names)}")
    base = None
    print("\nnames      time/run  ratio   (text fixed)")
    for extra in (0, 1_000, 10_000, 100_000):
        padded = {**names, **{f"Padding{i} Name{i}": None for i in range(extra)}}
        m = Matcher(padded)
        t = best_of(lambda: m.find(text))
        base = base or t
        print(f"{len(padded):>7,}   {t * 1000:7.2f} ms  {t / base:5.2f}x")
    m = Matcher(names)
    base = None
    print("\ntext x    time/run  ratio   (names fixed)")
    for k in (1, 2, 4, 8):
        big = text * k
        t = best_of(lambda: m.find(big))
        base = base or t
        print(f"{k:>6}   {t * 1000:8.2f} ms  {t / base:5.2f}x  (linear would be {k}x)")
    t_build = best_of(lambda: enrich(Project.at(ROOT)), 3)
    print(f"\nparse + enrich of every seed: {t_build * 1000:.0f} ms")


if __name__ == "__main__":
    main()

"""Speed and memory of the kit, as ratios against a baseline run in the same process.

Run with ``make bench``. Never part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

from crmlab import generate_telecom, load_telecom
from crmlab.synth import parameters as P
from crmlab.synth._identities import build_pools, draw_identities


def best_of(repeats: int, function) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def faker_loop_seconds_per_customer(sample: int = 2000) -> float:
    """The plain way: one Faker call per field per customer."""
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(0)
    start = time.perf_counter()
    rows = [(fake.name(), fake.address(), fake.phone_number(), fake.company(), fake.email())
            for _ in range(sample)]
    assert len(rows) == sample
    return (time.perf_counter() - start) / sample


def pooled_identities_seconds(n: int) -> float:
    rng = np.random.default_rng(0)
    business = rng.random(n) < 0.06
    start = time.perf_counter()
    pools = build_pools("en_US", 0)
    draw_identities(rng, pools, "en_US", business, pd.Timestamp(P.WINDOW_START))
    return time.perf_counter() - start


def million_in_subprocess(n: int) -> tuple[float, float]:
    """Wall time and peak memory (GB) of generate_telecom(n) in a fresh process."""
    code = ("import time; from crmlab import generate_telecom; t = time.perf_counter(); "
            f"generate_telecom(n_customers={n}); print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return float(done.stdout.strip()), peak_kb / 1e6


def main(million: int = 1_000_000) -> None:
    rows = []
    generate = best_of(3, generate_telecom)
    rows.append(("generate_telecom() default, 5,000 x 24", generate, "goal < 1 s"))
    load = best_of(5, load_telecom)
    rows.append(("load_telecom()", load, "goal < 0.5 s"))

    per_customer = faker_loop_seconds_per_customer()
    for n in (5_000, million):
        pooled = pooled_identities_seconds(n)
        loop = per_customer * n
        rows.append((f"identities for {n:,}: Faker pools + numpy", pooled,
                     f"per-row Faker loop ~{loop:,.1f} s (measured on 2,000): {loop / pooled:,.0f}x faster"))

    seconds, peak = million_in_subprocess(million)
    rows.append((f"generate_telecom({million:,}) x 24 months", seconds,
                 f"peak memory {peak:.2f} GB; goal < 60 s and < 6 GB; "
                 f"{per_customer * million / seconds:,.0f}x faster than a Faker loop for identities alone"))

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'seconds':>8}  note")
    for what, secs, note in rows:
        print(f"{what:<{width}}  {secs:8.3f}  {note}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)

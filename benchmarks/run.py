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


def chapter02_rows() -> list[tuple[str, float, str]]:
    """CLV and RFM against lifetimes 0.11.3 and a bare pandas groupby, and the widgets' callbacks."""
    import matplotlib

    matplotlib.use("Agg")
    from crmlab.clv import BetaGeoModel, summarize_transactions
    from crmlab.datasets import load_cdnow
    from crmlab.differentiate import rfm_table
    from crmlab.widgets import abc_explorer, clv_explorer

    rows = []
    rng = np.random.default_rng(0)
    n = 1_000_000
    log = pd.DataFrame({"customer_id": rng.integers(0, 50_000, n),
                        "date": pd.Timestamp("2024-01-01")
                        + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
                        "amount": rng.gamma(2.0, 20.0, n)})
    ours = best_of(3, lambda: summarize_transactions(log, observation_end="2025-12-31"))
    cdnow = load_cdnow("summary")
    x, t_x, T = (cdnow[c].to_numpy() for c in ("frequency", "recency", "T"))
    fit = best_of(5, lambda: BetaGeoModel().fit(x, t_x, T))
    params = BetaGeoModel().fit(x, t_x, T).params_
    try:
        from lifetimes import BetaGeoFitter
        from lifetimes.utils import summary_data_from_transaction_data
    except ImportError:
        rows.append(("summarize_transactions, 1M rows", ours, "lifetimes not installed: no ratio"))
        rows.append(("BetaGeoModel.fit on CDNOW", fit, "lifetimes not installed: no ratio"))
    else:
        theirs = best_of(3, lambda: summary_data_from_transaction_data(
            log, "customer_id", "date", "amount", observation_period_end="2025-12-31"))
        rows.append(("summarize_transactions, 1M rows", ours,
                     f"lifetimes {theirs:.3f} s: {theirs / ours:.1f}x faster (goal >= 4x)"))
        their_fit = best_of(5, lambda: BetaGeoFitter().fit(x, t_x, T))
        their_params = BetaGeoFitter().fit(x, t_x, T).params_
        same = all(round(params[k], 3) == round(float(their_params[k]), 3) for k in params)
        rows.append(("BetaGeoModel.fit on CDNOW", fit,
                     f"lifetimes {their_fit:.3f} s: {their_fit / fit:.1f}x faster (goal >= 2x); "
                     f"same parameters to 3 decimals: {same}"))

    big = pd.DataFrame({"customer_id": rng.integers(0, 500_000, 10 * n),
                        "date": pd.Timestamp("2024-01-01")
                        + pd.to_timedelta(rng.integers(0, 700, 10 * n), unit="D"),
                        "amount": rng.gamma(2.0, 20.0, 10 * n)})
    bare = best_of(3, lambda: big.groupby("customer_id").agg(
        last=("date", "max"), frequency=("date", "size"), monetary=("amount", "sum")))
    rfm = best_of(3, lambda: rfm_table(big, as_of="2026-01-01"))
    rows.append(("rfm_table, 10M rows", rfm,
                 f"bare pandas groupby {bare:.3f} s: {rfm / bare:.2f}x of it (goal <= 1.5x)"))
    del big

    from crmlab.customize import uplift_model
    from crmlab.widgets import staffing_explorer, targeting_explorer

    data = load_telecom()
    values = data.bills.groupby("customer_id")["amount"].sum()
    scores = uplift_model(data, "C01")
    for name, box, settings in (("clv_explorer callback", clv_explorer(), (60, 0.9, 0.1, 12)),
                                ("abc_explorer callback", abc_explorer(values), (0.7, 0.9)),
                                ("staffing_explorer callback", staffing_explorer(),
                                 (1500, 300, 0.9)),
                                ("targeting_explorer callback",
                                 targeting_explorer(scores, data, "C01"), (0.4, 3.0, 0.5))):
        seconds = best_of(5, lambda: _render(box, settings))
        rows.append((name + " (with PNG render)", seconds, "goal < 0.1 s"))
    return rows


def _render(box, settings):
    """Run a widget's update and render its figure to PNG, as the notebook front end would."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        box.update(*settings)
    box.figure.savefig(io.BytesIO(), format="png")


def chapter03_rows() -> list[tuple[str, float, str]]:
    """Erlang B/C and staffing at sizes no contact centre has: they must answer at once."""
    from crmlab import interact

    rows = []
    for label, call in (
            ("agents_required(1e9 calls, 1800 s, 180 s)",
             lambda: interact.agents_required(1e9, 1800, 180)),
            ("erlang_b(10 erlangs, 1e8 agents)", lambda: interact.erlang_b(10, 10**8)),
            ("erlang_c(10 erlangs, 1e8 agents)", lambda: interact.erlang_c(10, 10**8)),
            ("erlang_c(1e8 erlangs, 1e8 + 2e4 agents)",
             lambda: interact.erlang_c(1e8, 10**8 + 20_000)),
            ("staffing_table of 48 intervals up to 1e9 calls",
             lambda: interact.staffing_table(pd.Series(np.geomspace(1, 1e9, 48))))):
        rows.append((label, best_of(3, call), "goal < 1 s"))
    return rows


def chapter01_rows() -> list[tuple[str, float, str]]:
    """Identity resolution on the dirty extract of a 100,000-customer world."""
    from crmlab.identify import match_quality, resolve_identities

    world = generate_telecom(n_customers=100_000)
    seconds = best_of(1, lambda: resolve_identities(world.crm_raw))
    quality = match_quality(resolve_identities(world.crm_raw),
                            world.raw_truth.set_index("record_id")["customer_id"])
    return [(f"resolve_identities, {len(world.crm_raw):,} records (100,000 customers)", seconds,
             f"goal < 30 s; precision {quality['precision']:.3f}, recall {quality['recall']:.3f}")]


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

    rows.extend(chapter01_rows())
    rows.extend(chapter02_rows())
    rows.extend(chapter03_rows())
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

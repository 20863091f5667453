#!/usr/bin/python3
"""Monte Carlo damage written as a vectorised NumPy/SciPy program, for comparison with
MonteCarloBenchmarks.MonteCarloDamage (the C# production partitions).

The same job: 1,000,000 synthetic buildings (the benchmark's mix of HAZUS model building types x four code levels,
curves and indoor casualty rates read from the engine's tables) on a 250 m site grid of about 1,000 cells,
100 realizations of a correlated ln PGA field (between-event term plus within-event residuals correlated with the
Jayaram & Baker 2009 exponential model, Cholesky factor computed once), streamed one realization at a time. Per
building and realization: P(ds >= k) = Phi((ln PGA - ln median_k) / beta_k) for the four damage states,
P(collapse) = P(complete) x collapse fraction, the damage-state shares, casualties of severity 1-4 (occupants x
share-weighted HAZUS rates) and displaced residents; sums per building over the realizations and totals per
community and street per realization.

The ground-motion medians come from a simple distance attenuation instead of BSSA14 (which the C# side evaluates
once per cell before the timed part); that does not change the work per building-realization. Only the realization
loop is timed, as in the C# benchmark.

Run with the system interpreter that has NumPy/SciPy: /usr/bin/python3 tests/Seismic.Benchmarks/numpy/montecarlo.py
"""

import csv
import os
import resource
import sys
import time

import numpy as np
from scipy.special import ndtr

BUILDINGS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REALIZATIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 100
CELL_M = 250.0
COMMUNITIES = 250
STREETS = 18
MODERATE_DISPLACED_SHARE = 0.1

# The benchmark's stock (per cent weights over HAZUS model building types; code level drawn uniformly).
STOCK = [("C1L", 14), ("C1M", 16), ("C1H", 6), ("C2L", 8), ("C2M", 12), ("C2H", 8), ("URML", 12), ("URMM", 6),
         ("RM1L", 6), ("RM1M", 4), ("S1L", 3), ("S1M", 2), ("W1", 2), ("W2", 1)]
LEVELS = ["pre", "low", "moderate", "high"]
STATES = ["slight", "moderate", "extensive", "complete"]
CASUALTY_STATES = ["slight", "moderate", "extensive", "complete_no_collapse", "complete_with_collapse"]

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "engine", "Seismic.Engine", "Data")


def read_csv(name):
    with open(os.path.join(DATA, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def class_tables():
    """ln medians, 1/beta (class x 4), collapse fraction (class) and casualty rates (class x 5 states x 4 severities)."""
    curves = {(r["hazus_type"], r["code_level"]): r for r in read_csv("hazus_fragility_pga.csv")}
    rates = {(r["hazus_type"], r["damage_state"]): r for r in read_csv("hazus_indoor_casualty_rates.csv")}
    ln_median, inv_beta, collapse, casualty = [], [], [], []
    for hazus_type, _ in STOCK:
        for level in LEVELS:
            # The nearest design level the table has (HAZUS gives no pre-code curves for some types).
            order = LEVELS[LEVELS.index(level):] + LEVELS[:LEVELS.index(level)][::-1]
            row = next(curves[(hazus_type, lv)] for lv in order if (hazus_type, lv) in curves)
            ln_median.append([np.log(float(row[f"median_{s}_g"])) for s in STATES])
            inv_beta.append([1.0 / float(row[f"beta_{s}"]) for s in STATES])
            collapse.append(float(rates[(hazus_type, "complete_with_collapse")]["collapse_given_complete"]))
            casualty.append([[float(rates[(hazus_type, s)][f"sev{k}_pct"]) / 100.0 for k in range(1, 5)] for s in CASUALTY_STATES])
    return np.array(ln_median), np.array(inv_beta), np.array(collapse), np.array(casualty)


def main():
    rng = np.random.default_rng(20261126)
    ln_median, inv_beta, collapse_fraction, casualty = class_tables()
    weights = np.array([w for _, w in STOCK], dtype=float)
    n = BUILDINGS
    x = rng.random(n) * 8_000.0
    y = rng.random(n) * 7_750.0
    cls = rng.choice(len(STOCK), size=n, p=weights / weights.sum()) * len(LEVELS) + rng.integers(0, len(LEVELS), n)
    occupants = rng.integers(0, 120, n).astype(float)  # night
    residents = occupants.copy()
    community = ((x // 500).astype(int) + 16 * (y // 500).astype(int)) % COMMUNITIES
    street = community % STREETS

    # Site grid: occupied 250 m cells.
    key = (x // CELL_M).astype(np.int64) * 100_000 + (y // CELL_M).astype(np.int64)
    cell_keys, cell = np.unique(key, return_inverse=True)
    cx = (cell_keys // 100_000 + 0.5) * CELL_M
    cy = (cell_keys % 100_000 + 0.5) * CELL_M
    cells = len(cell_keys)

    # Mw 6 about 15 km south-east: a smooth attenuation for the median, BSSA14-like sigmas, Jayaram-Baker PGA range.
    distance_km = np.hypot(cx - 14_600.0, cy + 6_700.0) / 1000.0
    ln_median_pga = np.log(0.35) - 1.1 * np.log(np.hypot(distance_km, 6.0) / 6.0)
    tau, phi = 0.35, 0.55
    h_km = np.hypot(cx[:, None] - cx[None, :], cy[:, None] - cy[None, :]) / 1000.0
    chol = np.linalg.cholesky(np.exp(-3.0 * h_km / 8.5) + 1e-10 * np.eye(cells))
    del h_km

    # Per-building parameters, gathered once (the loop then only gathers ln PGA by cell).
    b_ln_median = ln_median[cls]            # n x 4
    b_inv_beta = inv_beta[cls]              # n x 4
    b_collapse = collapse_fraction[cls]     # n
    b_rates = [np.ascontiguousarray(casualty[cls, s]) for s in range(5)]   # 5 x (n x 4)

    building_sums = np.zeros((10, n))
    community_totals = np.zeros((REALIZATIONS, 7, COMMUNITIES))
    street_totals = np.zeros((REALIZATIONS, 7, STREETS))
    cdf_seconds = 0.0

    start = time.perf_counter()
    for r in range(REALIZATIONS):
        field = ln_median_pga + tau * rng.standard_normal() + phi * (chol @ rng.standard_normal(cells))
        ln_pga = field[cell]
        z = (ln_pga[:, None] - b_ln_median) * b_inv_beta
        t0 = time.perf_counter()
        p = ndtr(z)                          # n x 4: P(>= slight ... complete)
        cdf_seconds += time.perf_counter() - t0
        collapse = p[:, 3] * b_collapse
        shares = np.empty((n, 5))
        np.maximum(p[:, 0:3] - p[:, 1:4], 0.0, out=shares[:, 0:3])
        np.maximum(p[:, 3] - collapse, 0.0, out=shares[:, 3])
        shares[:, 4] = collapse
        per_occupant = shares[:, 0, None] * b_rates[0]              # n x 4
        for s in range(1, 5):
            per_occupant += shares[:, s, None] * b_rates[s]
        severities = per_occupant * occupants[:, None]
        displaced = residents * (p[:, 2] + MODERATE_DISPLACED_SHARE * shares[:, 1])

        building_sums[0:4] += p.T
        building_sums[4] += collapse
        building_sums[5:9] += severities.T
        building_sums[9] += displaced
        area = (collapse, p[:, 2], severities[:, 0], severities[:, 1], severities[:, 2], severities[:, 3], displaced)
        for m, values in enumerate(area):
            community_totals[r, m] = np.bincount(community, weights=values, minlength=COMMUNITIES)
            street_totals[r, m] = np.bincount(street, weights=values, minlength=STREETS)
    seconds = time.perf_counter() - start

    rate = n * REALIZATIONS / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(f"numpy {np.__version__}, {n} buildings x {REALIZATIONS} realizations, {cells} site cells")
    print(f"{seconds:.3f} s = {rate:.3e} building-realizations/s (normal CDF {100 * cdf_seconds / seconds:.0f} % of the time)")
    print(f"peak RSS {peak_mb:.0f} MB; mean collapsed per realization {community_totals[:, 0].sum() / REALIZATIONS:.1f}")


if __name__ == "__main__":
    main()

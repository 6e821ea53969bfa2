"""How does `consentlens batch` scale with Dask workers? (issue 9)

    python benchmarks/batch_scaling.py [--pages 2000] [--workers 1 2]

Writes a JSON Lines file of snapshots made from the bundled examples (every
example screen, repeated), then classifies it with `run_batch` on a
LocalCluster of 1 and of 2 worker processes (one thread each). The cluster is
started and every worker has loaded the model before the clock starts, so the
figures are the steady-state throughput a long run sees; cluster start-up is
printed apart. Prints pages/s per worker count, the scaling ratio, and how
many cores the workers really got (their CPU time / wall time): on a machine
shared with other work, 2 workers cannot scale past the cores left to them.
Figures, not pass/fail.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from consentlens.batch import classify_part, plan_parts, run_batch
from consentlens.inputs import load_input

ROOT = Path(__file__).resolve().parents[1]


def snapshot_lines(pages: int) -> list[str]:
    snapshots = [load_input(path) for path in sorted((ROOT / "examples").glob("*.html"))]
    lines = [json.dumps(s) for s in snapshots if s is not None]
    return [lines[i % len(lines)] for i in range(pages)]


def measure(data: Path, out: Path, workers: int) -> tuple[float, float, float]:
    from dask.distributed import Client, LocalCluster

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    with Client(cluster) as client:
        warm = plan_parts([str(data)], part_lines=1)[:workers]
        client.gather(client.map(classify_part, warm, pure=False))  # every worker loads the model
        startup = time.perf_counter() - start
        cpu_before = sum(client.run(time.process_time).values())
        start = time.perf_counter()
        run_batch([str(data)], out, scheduler=cluster.scheduler_address, progress=False, charts=False)
        elapsed = time.perf_counter() - start
        cpu = sum(client.run(time.process_time).values()) - cpu_before
    cluster.close()
    return startup, elapsed, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "snapshots.jsonl"
        data.write_text("\n".join(snapshot_lines(args.pages)) + "\n", encoding="utf-8")
        print(f"batch: {args.pages} snapshots ({data.stat().st_size / 1e6:.1f} MB JSONL) on a LocalCluster")
        rates = {}
        for workers in args.workers:
            load = os.getloadavg()[0]
            startup, elapsed, cpu = measure(data, Path(folder) / f"out-{workers}", workers)
            rates[workers] = args.pages / elapsed
            print(f"  {workers} worker(s): {elapsed:6.2f} s, {rates[workers]:7.1f} pages/s, "
                  f"{args.pages / cpu:.1f} pages per worker CPU-second, {cpu / elapsed:.2f} cores busy "
                  f"(load average before: {load:.1f} on {os.cpu_count()} cores; "
                  f"cluster start + model load {startup:.1f} s, not counted)")
        base = rates[min(rates)]
        for workers, rate in sorted(rates.items()):
            if workers != min(rates):
                print(f"  scaling {min(rates)} -> {workers} workers: x{rate / base:.2f} "
                      f"(ideal x{workers / min(rates):.0f})")


if __name__ == "__main__":
    main()

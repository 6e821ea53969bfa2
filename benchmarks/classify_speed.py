"""How fast is classification in-process? (issue 3 target: ≤ 10 ms median at 50 KB)

    python benchmarks/classify_speed.py [--runs 200]

Builds realistic snapshots of about 10 KB, 50 KB and 500 KB from the bundled
examples (a real dialog, grown with more purpose toggles and vendor text the
way large TCF banners are), then times `Analyzer.analyze()` and, for scale, a
bare `json.loads` of the same snapshot and the static converter on the page.
Prints medians, p99 and ratios. Figures, not pass/fail: run it on the machine
you care about.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import time
from pathlib import Path

from consentlens.model.predict import load_analyzer
from consentlens.snapshot.from_html import snapshot_from_html

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "examples" / "preselected-de.html"


def grown(snapshot: dict, target_bytes: int) -> dict:
    """The same dialog with more toggles and vendor text until it weighs target_bytes."""
    snap = copy.deepcopy(snapshot)
    toggles = [e for e in snap["elements"] if e.get("type") == "checkbox"] or snap["elements"][:1]
    vendor = " Partner {n} verarbeitet Daten zu Werbezwecken auf Grundlage Ihrer Einwilligung."
    n = 0
    while len(json.dumps(snap)) < target_bytes:
        n += 1
        toggle = dict(toggles[n % len(toggles)], index=len(snap["elements"]), name=f"Partner {n}", checked=False)
        snap["elements"].append(toggle)
        snap["dialog"]["text"] += vendor.format(n=n)
        snap["dialog"]["html"] += f"<li>Partner {n}<input type=checkbox></li>"
    return snap


def timed(fn, runs: int) -> list:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p99(values: list) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    analyzer = load_analyzer()
    html = SOURCE.read_text(encoding="utf-8")
    base = snapshot_from_html(html, "https://www.example.de/")
    analyzer.analyze(base)  # warm-up

    convert = timed(lambda: snapshot_from_html(html, "https://www.example.de/"), max(20, args.runs // 10))
    print(f"static converter on {SOURCE.name} ({len(html) // 1024} KB page): median {statistics.median(convert):.1f} ms")
    print()
    print(f"{'snapshot':>10} {'elements':>9} {'analyze p50':>12} {'p99':>9} {'cold p50':>9} "
          f"{'json.loads p50':>15} {'ratio':>6}")
    for size in (10_000, 50_000, 500_000):
        snap = grown(base, size)
        text = json.dumps(snap)
        runs = args.runs if size <= 50_000 else max(20, args.runs // 5)
        analyze = timed(lambda: analyzer.analyze(snap), runs)

        def cold():
            analyzer.clear_caches()
            analyzer.analyze(snap)
        first = timed(cold, max(10, runs // 4))
        parse = timed(lambda: json.loads(text), runs)
        ratio = statistics.median(analyze) / max(statistics.median(parse), 1e-6)
        print(f"{len(text) // 1000:>8} KB {len(snap['elements']):>9} {statistics.median(analyze):>9.2f} ms "
              f"{p99(analyze):>6.2f} ms {statistics.median(first):>6.2f} ms {statistics.median(parse):>12.3f} ms "
              f"{ratio:>5.0f}x")
    print()
    print("analyze: the service's steady state (labels and words seen before are remembered);")
    print("cold: the same with those caches emptied before every call (a screen of all-new words)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("target (issue 3): analyze of a 50 KB snapshot <= 10 ms median")


if __name__ == "__main__":
    main()

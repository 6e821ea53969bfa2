"""The service under load (issue 4 targets, figures not pass/fail).

    python benchmarks/service_speed.py [--requests 300]

Starts the real `consentlens serve` on loopback with 1 and then 2 workers and
prints: analyze latency p50/p99 for realistic ~10 KB / 50 KB / 500 KB
snapshots (one keep-alive client), throughput with concurrent clients, RSS per
worker process, and the ratio of an analyze request to a bare lxml parse of
the same snapshot's dialog markup.

Targets: p50 <= 10 ms and p99 <= 40 ms at 50 KB; >= 200 analyses/s with 2
workers; <= 200 MB RSS per worker; analyze/parse ratio <= 3.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify_speed import SOURCE, grown  # noqa: E402  (same realistic snapshots)

from consentlens.snapshot.from_html import snapshot_from_html  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(workers: int, port: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-m", "consentlens.cli", "serve", "--port", str(port), "--workers", str(workers),
         "--threads", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("service did not start")


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)


def post(conn, body: bytes) -> float:
    start = time.perf_counter()
    conn.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise SystemExit(f"analyze answered {response.status}")
    return (time.perf_counter() - start) * 1000


def rss_of_workers(proc: subprocess.Popen) -> list:
    out = []
    for pid_dir in Path("/proc").iterdir():
        if not pid_dir.name.isdigit():
            continue
        try:
            status = (pid_dir / "status").read_text()
        except OSError:
            continue
        ppid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), None)
        if ppid == proc.pid:
            rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            out.append(rss / 1024)
    return out


def throughput(port: int, body: bytes, clients: int, seconds: float) -> float:
    done = [0] * clients
    stop_at = time.time() + seconds

    def client(k):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.time() < stop_at:
            post(conn, body)
            done[k] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    base = snapshot_from_html(SOURCE.read_text(encoding="utf-8"), "https://www.example.de/")
    bodies = {size: json.dumps(grown(base, size)).encode() for size in (10_000, 50_000, 500_000)}

    for workers in (1, 2):
        port = free_port()
        proc = start(workers, port)
        try:
            print(f"\n== {workers} worker(s) ==")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for size, body in bodies.items():
                n = args.requests if size <= 50_000 else max(30, args.requests // 10)
                for _ in range(5):
                    post(conn, body)
                lat = sorted(post(conn, body) for _ in range(n))
                dialog_html = json.loads(body)["dialog"]["html"]
                parse = []
                for _ in range(n):
                    t = time.perf_counter()
                    lxml.html.fromstring(dialog_html)
                    parse.append((time.perf_counter() - t) * 1000)
                p50, p99 = statistics.median(lat), lat[max(0, int(len(lat) * 0.99) - 1)]
                print(f"{len(body) // 1000:>4} KB: p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  "
                      f"lxml parse {statistics.median(parse):6.3f} ms  ratio {p50 / statistics.median(parse):6.1f}x")
            rate = throughput(port, bodies[50_000], clients=2 * workers, seconds=args.seconds)
            print(f"throughput at 50 KB with {2 * workers} clients: {rate:.0f} analyses/s")
            print("RSS per worker: " + ", ".join(f"{r:.0f} MB" for r in rss_of_workers(proc)))
        finally:
            stop(proc)
    print("\ntargets: p50 <= 10 ms, p99 <= 40 ms at 50 KB; >= 200/s with 2 workers; <= 200 MB per worker; ratio <= 3")


if __name__ == "__main__":
    main()

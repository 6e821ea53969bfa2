"""The service under load (issue 4 targets; figures, not pass/fail).

    python benchmarks/service_speed.py [--requests 300] [--seconds 10] [--workers 1 2] [--threads 2]

For each worker count it starts `consentlens serve` on loopback twice, each
time exactly as `serve` runs it (gunicorn, preload, same options):

1. with the real model. Per snapshot size (~10 KB, 50 KB, 500 KB, one
   keep-alive client): round trip p50/p99, the model's own analyze time
   (the service reports it in `Server-Timing`) and the service overhead,
   round trip minus analyze, per request; then throughput at 50 KB with
   2 clients per worker; then memory per worker: RSS, PSS (shared pages
   divided among the processes sharing them) and USS (pages only this
   worker has), from /proc/PID/smaps_rollup.
2. with a stand-in analyzer that answers at once with the findings the
   model gave for the same snapshot (same warnings, forms and answer size):
   what the service costs without any model, latency and throughput.

The load generator is `wrk` where installed (`apt-get install -y wrk`: C,
keep-alive, one thread), else one Python process per client with a
persistent connection; it runs in processes of its own and its CPU use is
printed, so it can be seen not to be the bottleneck. Every figure carries
the machine's load average (`load`): on a shared 2-core machine the figures
move with what else runs.

The analyze/lxml ratio divides the round trip by a bare lxml parse of the
snapshot's dialog markup (`dialog`), and, for scale, by a parse of as many
bytes of HTML as the snapshot has (`same bytes`); docs/SERVICE.md explains
why <= 3 is out of reach for either.

Targets: p50 <= 10 ms and p99 <= 40 ms at 50 KB; >= 200 analyses/s with 2
workers; <= 200 MB RSS per worker; analyze/parse ratio <= 3.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classify_speed import SOURCE, grown, p99  # noqa: E402  (the same realistic snapshots)

SIZES = (10_000, 50_000, 500_000)
THROUGHPUT_SIZE = 50_000


def load() -> str:
    return "load " + " ".join(Path("/proc/loadavg").read_text().split()[:3])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the servers -------------------------------------------------------------------------

class RecordedAnalyzer:
    """Stands in for the model: the findings it gave, keyed by the snapshot's element count."""

    version = "benchmark-stand-in"
    metadata: dict = {}

    def __init__(self, recorded: dict):
        self.recorded = {int(count): json.dumps(findings) for count, findings in recorded.items()}

    def analyze(self, snapshot: dict) -> dict:
        return json.loads(self.recorded[len(snapshot["elements"])])


def serve_stand_in(recorded_path: str, port: int, workers: int, threads: int) -> int:
    """Child process: the service with RecordedAnalyzer, on gunicorn exactly as `serve` runs it."""
    from consentlens.server import create_app
    from consentlens.server.commands import keep_out_of_the_service, run_gunicorn

    keep_out_of_the_service()
    recorded = json.loads(Path(recorded_path).read_text(encoding="utf-8"))
    app = create_app({"ANALYZER": RecordedAnalyzer(recorded), "ANALYSIS_THREADS": max(2, threads)})
    return run_gunicorn(app, host="127.0.0.1", port=port, workers=workers, threads=threads)


def start(command: list, port: int, data_dir: str) -> subprocess.Popen:
    env = {**os.environ, "CONSENTLENS_DATA_DIR": data_dir}
    env.pop("CONSENTLENS_DATABASE_URL", None)
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            start_new_session=True)
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the service exited with {proc.returncode}: {' '.join(command)}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    stop(proc)
    raise SystemExit("the service did not start within 3 minutes")


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


# -- measuring ---------------------------------------------------------------------------

def post(conn: http.client.HTTPConnection, body: bytes) -> tuple[float, float | None]:
    """(round trip ms, analyze ms from Server-Timing or None)."""
    started = time.perf_counter()
    conn.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"analyze answered {response.status}")
    timing = re.search(r"analyze;dur=([0-9.]+)", response.getheader("Server-Timing") or "")
    return elapsed, float(timing.group(1)) if timing else None


def sequential(port: int, body: bytes, n: int) -> tuple[list, list]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for _ in range(5):
        post(conn, body)
    trips, analyses = [], []
    for _ in range(n):
        trip, analyze = post(conn, body)
        trips.append(trip)
        analyses.append(analyze)
    conn.close()
    return trips, analyses


def _client(port: int, body: bytes, start_at: float, stop_at: float, results) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    time.sleep(max(0.0, start_at - time.time()))
    trips = []
    while time.time() < stop_at:
        trips.append(post(conn, body)[0])
    results.put(trips)


def throughput_python(port: int, body: bytes, clients: int, seconds: float) -> tuple[float, list]:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    start_at = time.time() + 0.5
    procs = [context.Process(target=_client, args=(port, body, start_at, start_at + seconds, results))
             for _ in range(clients)]
    for proc in procs:
        proc.start()
    trips = [trip for _ in procs for trip in results.get()]
    for proc in procs:
        proc.join()
    return len(trips) / seconds, sorted(trips)


def throughput_wrk(port: int, body: bytes, clients: int, seconds: float, workdir: str) -> tuple[float, list]:
    body_file, script = Path(workdir, "body.json"), Path(workdir, "post.lua")
    body_file.write_bytes(body)
    script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
                      f'local f = io.open("{body_file}", "rb")\nwrk.body = f:read("*a")\nf:close()\n')
    out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{seconds:g}s", "--timeout", "30s", "--latency",
                          "-s", str(script), f"http://127.0.0.1:{port}/api/v1/analyze"],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit("wrk saw errors:\n" + out)
    rate = float(re.search(r"Requests/sec:\s*([0-9.]+)", out).group(1))
    percentiles = {int(p): _ms(value, unit) for p, value, unit in
                   re.findall(r"^\s*(50|99)%\s+([0-9.]+)(us|ms|s)\s*$", out, re.MULTILINE)}
    return rate, [percentiles[50], percentiles[99]]


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def throughput(port: int, body: bytes, clients: int, seconds: float, use_wrk: bool,
               workdir: str, master: int) -> tuple[str, float]:
    workers = workers_of(master)
    served_before = cpu_seconds(workers)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    if use_wrk:
        rate, trips = throughput_wrk(port, body, clients, seconds, workdir)
        generator = "wrk"
    else:
        rate, trips = throughput_python(port, body, clients, seconds)
        generator = "Python clients"
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    served = cpu_seconds(workers) - served_before
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / seconds
    p50, high = (trips[0], trips[1]) if use_wrk else (statistics.median(trips), p99(trips))
    # CPU time per analysis hardly depends on what else the machine runs: it gives the rate
    # these workers would reach with a core each to themselves.
    per_request = served / (rate * seconds) * 1000
    return (f"{rate:6.1f} analyses/s with {clients} clients (latency p50 {p50:.1f} ms, p99 {high:.1f} ms; "
            f"{generator} used {cpu * 100:.0f}% of one core)  [{load()}]\n"
            f"  workers used {served / seconds:.2f} cores, {per_request:.2f} ms CPU per analysis: "
            f"{1000 / per_request * len(workers):.0f}/s with a free core per worker"), rate


def workers_of(master: int) -> list:
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if int(re.search(r"^PPid:\s*(\d+)", status.read_text(), re.MULTILINE).group(1)) == master:
                pids.append(int(status.parent.name))
        except OSError:
            continue
    return pids


def cpu_seconds(pids: list) -> float:
    """User + system CPU time the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def memory_of_workers(master: int) -> list:
    """[(pid, rss, pss, uss) in MB] of the master's child processes."""
    out = []
    for pid in workers_of(master):
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        kb = {name: int(value.split()[0]) for name, value in (line.split(":", 1) for line in rollup.splitlines()[1:])}
        out.append((pid, kb["Rss"] / 1024, kb["Pss"] / 1024, (kb["Private_Clean"] + kb["Private_Dirty"]) / 1024))
    return out


def _page_of(length: int) -> str:
    """A plain HTML page of about `length` bytes: vendor entries like those grown into the snapshots."""
    item = ('<div class="purpose"><p>Partner {n} verarbeitet Daten zu Werbezwecken auf Grundlage Ihrer '
            'Einwilligung.</p><label><input type="checkbox"> Partner {n}</label></div>\n')
    items, size, n = [], 0, 0
    while size < length:
        n += 1
        items.append(item.format(n=n))
        size += len(items[-1])
    return "<!doctype html><html><head><title>Shop</title></head><body>" + "".join(items) + "</body></html>"


def parse_ms(markup: str, n: int) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        lxml.html.fromstring(markup)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- the run -------------------------------------------------------------------------------

def report_latency(port: int, bodies: dict, requests: int, parse: dict, with_model: bool) -> dict:
    """parse: size -> (ms to parse the dialog markup, ms to parse as many bytes of HTML as the body)."""
    print(f"{'size':>7} {'round trip p50':>15} {'p99':>7} " +
          (f"{'analyze p50':>12} {'overhead p50':>13} {'p99':>7} " if with_model else "") +
          "  ratio to an lxml parse of: dialog, same bytes")
    figures = {}
    for size, body in bodies.items():
        n = requests if size <= THROUGHPUT_SIZE else max(30, requests // 10)
        trips, analyses = sequential(port, body, n)
        p50 = statistics.median(trips)
        line = f"{len(body) // 1000:>4} KB {p50:>12.2f} ms {p99(trips):>7.2f} "
        if with_model:
            overhead = [trip - analyze for trip, analyze in zip(trips, analyses)]
            line += (f"{statistics.median(analyses):>9.2f} ms {statistics.median(overhead):>10.2f} ms "
                     f"{p99(overhead):>7.2f} ")
        dialog, same_bytes = parse[size]
        line += (f"  {p50 / dialog:5.0f}x ({dialog:.3f} ms), {p50 / same_bytes:4.0f}x ({same_bytes:.3f} ms)"
                 f"  [{load()}]")
        print(line)
        figures[size] = (p50, p99(trips))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="sequential requests per size (default 300)")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each throughput run")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--threads", type=int, default=2, help="threads per worker (default 2, as serve)")
    parser.add_argument("--analyzers", nargs="+", choices=("model", "stand-in"), default=["model", "stand-in"])
    parser.add_argument("--no-wrk", action="store_true", help="use the Python load generator even if wrk exists")
    parser.add_argument("--serve-stand-in", nargs=4, metavar=("FINDINGS", "PORT", "WORKERS", "THREADS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_stand_in:
        path, port, workers, threads = args.serve_stand_in
        sys.exit(serve_stand_in(path, int(port), int(workers), int(threads)))

    from consentlens.model.predict import load_analyzer
    from consentlens.server.validation import bound_snapshot
    from consentlens.snapshot.from_html import snapshot_from_html

    base = snapshot_from_html(SOURCE.read_text(encoding="utf-8"), "https://www.example.de/")
    snapshots = {size: grown(base, size) for size in SIZES}
    bodies = {size: json.dumps(snap).encode() for size, snap in snapshots.items()}
    parse = {size: (parse_ms(snap["dialog"]["html"], 200), parse_ms(_page_of(len(bodies[size])), 50))
             for size, snap in snapshots.items()}
    analyzer = load_analyzer()
    recorded = {}
    for snap in snapshots.values():
        bounded, _ = bound_snapshot(snap, max_elements=400, max_text=20_000, max_element_text=300)
        recorded[len(bounded["elements"])] = analyzer.analyze(bounded)
    del analyzer
    use_wrk = bool(shutil.which("wrk")) and not args.no_wrk
    print(f"{os.cpu_count()} cores, {load()}; load generator: {'wrk' if use_wrk else 'Python processes'}; "
          f"{args.threads} thread(s) per worker")

    rates, results = {}, {}
    with tempfile.TemporaryDirectory() as workdir:
        recorded_path = Path(workdir, "recorded.json")
        recorded_path.write_text(json.dumps(recorded), encoding="utf-8")
        for workers in args.workers:
            clients = 2 * workers
            for with_model in [name == "model" for name in args.analyzers]:
                port = free_port()
                if with_model:
                    command = [sys.executable, "-m", "consentlens.cli", "serve", "--port", str(port),
                               "--workers", str(workers), "--threads", str(args.threads)]
                else:
                    command = [sys.executable, __file__, "--serve-stand-in", str(recorded_path), str(port),
                               str(workers), str(args.threads)]
                proc = start(command, port, workdir)
                try:
                    name = "the model" if with_model else "stand-in analyzer, no model"
                    print(f"\n== {workers} worker(s), {name} ==")
                    results[workers, with_model] = report_latency(port, bodies, args.requests, parse, with_model)
                    line, rates[workers, with_model] = throughput(port, bodies[THROUGHPUT_SIZE], clients,
                                                                  args.seconds, use_wrk, workdir, proc.pid)
                    print(f"throughput at {THROUGHPUT_SIZE // 1000} KB: {line}")
                    if with_model:
                        for pid, rss, pss, uss in memory_of_workers(proc.pid):
                            print(f"worker {pid}: RSS {rss:.0f} MB, PSS {pss:.0f} MB, USS {uss:.0f} MB")
                finally:
                    stop(proc)

    print("\n== summary ==")
    for with_model in (True, False):
        name = "model" if with_model else "stand-in"
        counts = [w for w in args.workers if (w, with_model) in rates]
        text = ", ".join(f"{w} worker(s) {rates[w, with_model]:.0f}/s" for w in counts)
        if len(counts) > 1:
            text += f"; ratio {rates[counts[-1], with_model] / rates[counts[0], with_model]:.2f}x"
        print(f"throughput ({name}): {text}")
        for workers in counts:
            p50, high = results[workers, with_model][THROUGHPUT_SIZE]
            print(f"  {workers} worker(s), {THROUGHPUT_SIZE // 1000} KB one at a time: "
                  f"p50 {p50:.1f} ms, p99 {high:.1f} ms")
    print("targets: p50 <= 10 ms, p99 <= 40 ms at 50 KB; >= 200/s with 2 workers; <= 200 MB RSS per worker; "
          "ratio <= 3")


if __name__ == "__main__":
    main()

"""`consentlens serve`: the HTTP API on a production WSGI server.

Why gunicorn: it runs pre-forked worker *processes*. Analysis is CPU-bound
Python and numpy work, so threads in one process would queue behind one GIL;
processes use every core. With preload (always on here) the app, and so the
verified model, is loaded once in the master before forking: workers share
its memory pages copy-on-write instead of each loading a copy, a bad
artefact stops the service before any worker starts, and a crashed or
recycled worker is replaced by a fork that is ready at once. The gthread
worker class (when --threads > 1) keeps slow clients from blocking a worker.
waitress (pure Python, threads only, one process) is the fallback where
gunicorn cannot run, such as Windows (`--server waitress`).

Memory (docs/SERVICE.md, "Performance"): workers keep the master's pages
shared only while nothing writes to them, so before forking the master
collects garbage, moves every object it made into the collector's permanent
generation (gc.freeze: a worker's collections no longer touch, and so copy,
those pages) and hands freed heap back to the system. The model is served
from its compiled arrays (model/artefacts/compiled.npz), so scikit-learn,
scipy and skops are never imported; only a model without that file is loaded
through skops, and then the packages that a development install drags in
through scikit-learn's and skops's start-up (pytest, dask, ...) are kept out
of the serving process altogether.

Configuration: flags, else environment (CONSENTLENS_HOST, CONSENTLENS_PORT,
CONSENTLENS_WORKERS, CONSENTLENS_THREADS, plus those create_app reads:
CONSENTLENS_MAX_BYTES, CONSENTLENS_TIME_BUDGET_MS, CONSENTLENS_CORS_ORIGINS,
CONSENTLENS_MODEL_DIR, CONSENTLENS_DATA_DIR, CONSENTLENS_DATABASE_URL), else defaults that need no configuration: loopback
only, port 8000, 2 workers x 2 threads.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import sys

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_WORKERS = 2
DEFAULT_THREADS = 2
# Recycle workers now and then (with jitter so they do not restart together),
# so that slow memory growth in a long-running worker cannot accumulate.
MAX_REQUESTS, MAX_REQUESTS_JITTER = 20_000, 2_000
# Never used to serve, but imported when merely installed if a model without
# compiled.npz is loaded through skops: skops walks every scikit-learn module at
# start-up, and those try pytest and dask (tens of MB).
NOT_SERVED = ("pytest", "_pytest", "dask", "distributed", "hypothesis", "matplotlib", "playwright")


def keep_out_of_the_service(names=NOT_SERVED) -> None:
    """Make `import NAME` fail in this process (libraries treat that as "not installed")."""
    for name in names:
        if name not in sys.modules:
            sys.modules[name] = None


def share_with_workers() -> None:
    """Before forking: free what start-up no longer needs and freeze the rest (see the module docstring)."""
    gc.collect()
    gc.freeze()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)  # glibc: return free heap pages to the system
    except (OSError, AttributeError):
        pass  # another C library: nothing to trim


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from None


def _settings(args) -> None:
    """Fill unset flags from the environment, then the defaults."""
    args.host = args.host or os.environ.get("CONSENTLENS_HOST") or DEFAULT_HOST
    if args.port is None:
        args.port = _env_int("CONSENTLENS_PORT", DEFAULT_PORT)
    if args.workers is None:
        args.workers = _env_int("CONSENTLENS_WORKERS", DEFAULT_WORKERS)
    if args.threads is None:
        args.threads = _env_int("CONSENTLENS_THREADS", DEFAULT_THREADS)


def _gunicorn_available() -> bool:
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return sys.platform != "win32"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the HTTP API (POST /api/v1/analyze)",
        description="Serve the ConsentLens API. The model artefact is verified before the server listens.")
    parser.add_argument("--host", help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    parser.add_argument("--port", type=int, help=f"TCP port (default {DEFAULT_PORT}; 0 picks a free one)")
    parser.add_argument("--workers", type=int,
                        help=f"worker processes (default {DEFAULT_WORKERS}; about one per core)")
    parser.add_argument("--threads", type=int, help=f"threads per worker (default {DEFAULT_THREADS})")
    parser.add_argument("--server", choices=("gunicorn", "waitress"),
                        default="gunicorn" if _gunicorn_available() else "waitress",
                        help="WSGI server (default gunicorn; waitress where gunicorn cannot run)")
    parser.add_argument("--data-dir", help="where auditors' evidence is kept (default $CONSENTLENS_DATA_DIR, "
                                           "else ~/.local/share/consentlens); the analyze endpoint stores nothing")
    parser.add_argument("--openapi", action="store_true",
                        help="print the API's OpenAPI document and exit (no model needed)")
    parser.set_defaults(func=run)


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def run(args) -> int:
    from . import StartupError, create_app

    if args.openapi:
        import json

        from .openapi import openapi_document

        print(json.dumps(openapi_document(), indent=2, ensure_ascii=False))
        return 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        _settings(args)
    except ValueError as exc:
        print(f"consentlens serve: {exc}", file=sys.stderr)
        return 2
    for name, value in (("--workers", args.workers), ("--threads", args.threads)):
        if value < 1:
            print(f"consentlens serve: {name} must be at least 1", file=sys.stderr)
            return 2
    if not 0 <= args.port <= 65535:
        print("consentlens serve: --port must be between 0 and 65535", file=sys.stderr)
        return 2
    overrides = {"ANALYSIS_THREADS": max(2, args.threads)}
    if args.data_dir:
        overrides["DATA_DIR"] = args.data_dir
    keep_out_of_the_service()
    try:
        app = create_app(overrides)
    except StartupError as exc:
        print(f"consentlens serve: cannot start: {exc}", file=sys.stderr)
        return 1
    version = app.config["ANALYZER"].version
    print(f"consentlens serve: model {version} verified; starting on http://{_bind(args.host, args.port)} "
          f"({args.server}, {args.workers} worker(s) x {args.threads} thread(s))", file=sys.stderr, flush=True)
    if args.server == "waitress":
        import waitress

        waitress.serve(app, host=args.host, port=args.port, threads=args.workers * args.threads, ident="consentlens")
        return 0
    return run_gunicorn(app, host=args.host, port=args.port, workers=args.workers, threads=args.threads)


def run_gunicorn(app, *, host: str, port: int, workers: int, threads: int) -> int:
    """Serve `app` until gunicorn is told to stop (also used by benchmarks/service_speed.py)."""
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": _bind(host, port),
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "preload_app": True,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "max_requests": MAX_REQUESTS,
        "max_requests_jitter": MAX_REQUESTS_JITTER,
        "accesslog": None,  # the app logs each request itself, without query strings
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "consentlens",
    }
    if os.path.isdir("/dev/shm"):
        options["worker_tmp_dir"] = "/dev/shm"  # heartbeat files off a possibly slow disk

    class Server(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                self.cfg.set(key, value)
            # gunicorn >= 25.1 opens a control socket under $HOME by default: the
            # service keeps no files, and two instances would fight over the path.
            if "control_socket_disable" in self.cfg.settings:
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return app

    share_with_workers()
    Server().run()
    return 0

"""`consentlens` command line: one entry point, one module per subcommand.

Each command module exposes `register(subparsers)` which adds its parser and
sets `func` to a callable taking the parsed args and returning an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from consentlens import __version__

# module path -> the subcommands it registers (imported lazily so that
# `consentlens classify` never pays for Flask or Playwright imports).
COMMAND_MODULES = (
    "consentlens.commands.classify",   # classify
    "consentlens.commands.model",      # train, evaluate
    "consentlens.commands.scan",       # scan
    "consentlens.commands.batch",      # batch
    "consentlens.commands.report",     # report
    "consentlens.server.commands",     # serve
    "consentlens.commands.forms",      # forms
    "consentlens.commands.auditor",    # auditor (add, list, token)
    "consentlens.commands.evidence",   # evidence (verify, public-key)
    "consentlens.commands.labels",     # researcher (add, list, token), labels (create, list, import, export)
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consentlens",
        description="Sees through deceptive consent screens.",
    )
    parser.add_argument("--version", action="version", version=f"consentlens {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

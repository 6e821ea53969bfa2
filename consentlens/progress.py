"""A progress bar on stderr with rate and ETA, for long runs (scan --list, batch).

tqdm draws it when installed (the `scale` extra); otherwise a plain line is
printed every few seconds, so a run without the extra still shows progress.
"""

from __future__ import annotations

import sys
import time


def progress_bar(total: int, *, initial: int = 0, unit: str = "site", desc: str = "", enabled: bool = True):
    if not enabled:
        return _Silent()
    try:
        from tqdm import tqdm
    except ImportError:
        return _PlainProgress(total, initial=initial, unit=unit, desc=desc)
    return tqdm(total=total, initial=initial, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1, mininterval=0.5)


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


class _PlainProgress:
    """`desc: 40/1000 sites, 12.0 sites/min, ETA 1:20:00` every few seconds."""

    EVERY_S = 5.0

    def __init__(self, total: int, *, initial: int, unit: str, desc: str):
        self.total, self.n, self.initial, self.unit, self.desc = total, initial, initial, unit, desc
        self.start = self.last = time.monotonic()
        self.postfix = ""

    def update(self, n: int = 1) -> None:
        self.n += n
        now = time.monotonic()
        if now - self.last >= self.EVERY_S or self.n >= self.total:
            self.last = now
            self._print(now)

    def set_postfix_str(self, text: str) -> None:
        self.postfix = text

    def close(self) -> None:
        self._print(time.monotonic())

    def _print(self, now: float) -> None:
        done = self.n - self.initial
        rate = done / max(now - self.start, 1e-9) * 60
        eta = (self.total - self.n) / (rate / 60) if rate > 0 else None
        eta_text = time.strftime("%H:%M:%S", time.gmtime(eta)) if eta is not None else "?"
        extra = f", {self.postfix}" if self.postfix else ""
        print(f"{self.desc}: {self.n}/{self.total} {self.unit}s, {rate:.1f} {self.unit}s/min, ETA {eta_text}{extra}",
              file=sys.stderr, flush=True)

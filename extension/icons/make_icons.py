"""Render icon.svg's shapes to icon-16/32/48/128.png (no dependencies).

The shapes are drawn analytically (rounded square, ring, handle, tick) with
4x4 supersampling, so the PNGs match icon.svg without an SVG renderer.
Run: python3 extension/icons/make_icons.py

SPDX-License-Identifier: GPL-3.0-or-later
"""

import math
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLUE = (0x1A, 0x73, 0xE8)
WHITE = (255, 255, 255)
SIZES = (16, 32, 48, 128)
SS = 4  # samples per axis


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_rounded_square(x, y):
    lo, hi, r = 1.0, 31.0, 7.0
    cx = min(max(x, lo + r), hi - r)
    cy = min(max(y, lo + r), hi - r)
    return math.hypot(x - cx, y - cy) <= r


def sample(x, y):
    """Colour and alpha of the icon at (x, y) in the 32-unit viewBox."""
    if not in_rounded_square(x, y):
        return None
    colour, alpha = BLUE, 1.0
    d = math.hypot(x - 13.5, y - 13.5)
    if d < 7.5 - 1.6:  # tinted glass
        colour = tuple(round(b + (w - b) * 0.18) for b, w in zip(colour, WHITE))
    white = (
        abs(d - 7.5) <= 1.6
        or seg_dist(x, y, 19.2, 19.2, 26, 26) <= 2.0
        or seg_dist(x, y, 10, 13.8, 12.6, 16.3) <= 1.1
        or seg_dist(x, y, 12.6, 16.3, 17.2, 11) <= 1.1
    )
    return (WHITE if white else colour), alpha


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    x = (px + (sx + 0.5) / SS) * 32 / size
                    y = (py + (sy + 0.5) / SS) * 32 / size
                    hit = sample(x, y)
                    if hit:
                        (r, g, b), a = hit
                        acc[0] += r * a
                        acc[1] += g * a
                        acc[2] += b * a
                        acc[3] += a
            n = SS * SS
            a = acc[3] / n
            if a > 0:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(a * 255)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    for size in SIZES:
        (HERE / f"icon-{size}.png").write_bytes(render(size))
        print(f"icons/icon-{size}.png")

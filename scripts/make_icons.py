#!/usr/bin/env python3
"""Draws Failsafe's app icons as PNGs (stdlib only): three rising bars, the last one capped
in red - a set taken to failure. Usage: make_icons.py OUTPUT_DIR"""
import struct
import sys
import zlib
from pathlib import Path

BG = (22, 24, 29)
BLUE = (90, 150, 240)
RED = (222, 76, 76)


def png(width, height, rows):
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def icon(size, maskable):
    # Content inside the maskable safe zone (80 %) when maskable; rounded corners otherwise.
    inset = 0.2 if maskable else 0.16
    radius = 0 if maskable else size * 0.18
    rows = []
    bars = [(0.0, 0.45), (0.36, 0.7), (0.72, 1.0)]  # (x offset in content, height fraction)
    content = size * (1 - 2 * inset)
    bar_w = content * 0.28
    for y in range(size):
        row = []
        for x in range(size):
            # rounded-square mask
            cx = min(x, size - 1 - x)
            cy = min(y, size - 1 - y)
            alpha = 255
            if radius and cx < radius and cy < radius:
                dx, dy = radius - cx, radius - cy
                if dx * dx + dy * dy > radius * radius:
                    alpha = 0
            color = BG
            lx = x - size * inset
            ly = size * (1 - inset) - y  # height above the baseline
            for i, (off, frac) in enumerate(bars):
                x0 = off * content
                if x0 <= lx < x0 + bar_w and 0 <= ly < frac * content:
                    cap = i == len(bars) - 1 and ly > frac * content - content * 0.16
                    color = RED if cap else BLUE
            row.extend((*color, alpha))
        rows.append(row)
    return png(size, size, rows)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "icon-192.png").write_bytes(icon(192, False))
    (out / "icon-512.png").write_bytes(icon(512, False))
    (out / "icon-maskable-512.png").write_bytes(icon(512, True))


if __name__ == "__main__":
    main()

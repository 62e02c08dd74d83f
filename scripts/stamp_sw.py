#!/usr/bin/env python3
"""Stamps dist/sw.js with this build's id and each app shell file's SHA-256, which the worker
checks every file against before it caches any (web/sw.js), and the same for the files it
caches only once the page has fetched them. Whole-line comments are dropped:
sw.js is part of the first-visit download.
Usage: stamp_sw.py DIST_DIR"""
import hashlib
import json
import re
import sys
from pathlib import Path

SHELL = ["index.html", "boot.js", "shell.js", "failsafe.js", "failsafe.wasm", "manifest.webmanifest",
         "icon-192.png", "icon-512.png", "icon-maskable-512.png"]
# Cached only once the page has fetched them (src/app/ui_font.hpp): not part of the first visit.
LAZY = ["ui-font-extra.ttf"]


def main():
    dist = Path(sys.argv[1])
    template = dist / "sw.js"
    text = template.read_text()
    if "__BUILD__" not in text:  # already stamped: start again from the source template
        text = (Path(__file__).resolve().parent.parent / "web" / "sw.js").read_text()
    text = re.sub(r"(?m)^[ \t]*//.*\n", "", text)
    # The first 128 bits of each SHA-256: far beyond any accidental match, and half the bytes in
    # the first-visit download of the full digest.
    def hashes(names):
        return {name: hashlib.sha256((dist / name).read_bytes()).hexdigest()[:32] for name in names}
    files = hashes(SHELL)
    files = {"./": files["index.html"], **files}  # the navigation entry is index.html
    lazy = hashes(LAZY)
    # The id covers the worker itself too: a changed sw.js is a new build with its own cache.
    build = hashlib.sha256(text.encode() + json.dumps(files).encode() + json.dumps(lazy).encode()).hexdigest()[:16]
    text = text.replace("'__BUILD__'", json.dumps(build)).replace("__FILES__", json.dumps(files, indent=0))
    text = text.replace("__LAZY__", json.dumps(lazy, indent=0))
    template.write_text(text)
    (dist / "build-id.txt").write_text(build + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Stamps dist/sw.js with this build's id (a hash of the app shell's files) and their list.
Usage: stamp_sw.py DIST_DIR"""
import hashlib
import json
import sys
from pathlib import Path

SHELL = ["index.html", "shell.js", "style.css", "failsafe.js", "failsafe.wasm", "manifest.webmanifest",
         "icon-192.png", "icon-512.png", "icon-maskable-512.png"]


def main():
    dist = Path(sys.argv[1])
    template = dist / "sw.js"
    text = template.read_text()
    if "__BUILD__" not in text:  # already stamped: start again from the source template
        text = (Path(__file__).resolve().parent.parent / "web" / "sw.js").read_text()
    digest = hashlib.sha256()
    for name in SHELL:
        digest.update(name.encode() + b"\0" + (dist / name).read_bytes())
    build = digest.hexdigest()[:16]
    assets = ["./"] + SHELL
    text = text.replace("'__BUILD__'", json.dumps(build)).replace("__ASSETS__", json.dumps(assets))
    template.write_text(text)
    (dist / "build-id.txt").write_text(build + "\n")


if __name__ == "__main__":
    main()

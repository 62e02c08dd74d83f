#!/usr/bin/env python3
"""Puts dist/style.css into dist/index.html as a <style> element, allowed by its SHA-256 in the
page's Content-Security-Policy, and removes the file: the splash then paints without waiting
for a stylesheet request (docs/performance.md, start-up), and the wasm is fetched once it has.
Usage: inline_style.py DIST_DIR"""
import base64
import hashlib
import sys
from pathlib import Path

LINK = '<link rel="stylesheet" href="style.css">'


def main():
    dist = Path(sys.argv[1])
    page, sheet = dist / "index.html", dist / "style.css"
    html = page.read_text()
    if LINK not in html or "style-src 'self'" not in html:
        sys.exit(f"inline_style.py: {page} has no {LINK} or no style-src 'self' in its policy")
    css = sheet.read_text()
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    html = html.replace(LINK, "<style>" + css + "</style>")
    html = html.replace("style-src 'self'", f"style-src 'self' 'sha256-{digest}'", 1)
    page.write_text(html)
    sheet.unlink()


if __name__ == "__main__":
    main()

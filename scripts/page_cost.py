"""What each page of the site costs a reader: bytes and requests, and Lighthouse's scores.

Builds the site and serves it as GitHub Pages would (gzip, under /reader/), with the same helpers
as the browser tests (tests/browser/harness.py), then:

- loads every page in chromium with an empty cache, waits until Material's search is ready (it
  fetches the index and the stemmers on every page), and adds up every response: gzip-compressed
  where GitHub Pages compresses (text, JSON, JavaScript, SVG), as-is otherwise (headers not counted);
- reports the search index's size, raw and gzip-compressed;
- runs Lighthouse (node_modules/.bin/lighthouse) on the home page and both texts, mobile and
  desktop, three times each (--runs), and prints the median of each category score and the scored
  audits that cost points.

Not a test: it prints figures. `--write` also rewrites docs/performance.md with them.

    .venv/bin/python scripts/page_cost.py [--write] [--no-lighthouse] [--runs N]
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from browser.harness import (ROOT, VIEWPORTS, compressible, gzip_size, launch_chromium,  # noqa: E402
                             page_paths, served_site)
from browser.helpers import PAPER, PIECE  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE_PAGES = ["", PAPER, PIECE]
BUDGET_KB = 200          # a reader page with everything it loads, gzip-compressed
PAGE = ROOT / "docs" / "performance.md"


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def page_costs(browser, site) -> dict[str, dict]:
    """For each page: requests, bytes compressed as served and uncompressed, the HTML's share, and
    each file it loaded (path, compressed, uncompressed)."""
    costs = {}
    for path in page_paths(site.dir):
        context = browser.new_context(**VIEWPORTS["desktop"])
        responses = []
        context.on("response", lambda response: responses.append(response))
        page = context.new_page()
        page.goto(site.page(path))
        expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("Initializing"))
        files = []
        for response in responses:
            try:
                body = response.body()
            except Exception:        # a redirect or an aborted request carries no body
                body = b""
            size = gzip_size(body) if compressible(response.headers.get("content-type", "")) else len(body)
            files.append((response.url.removeprefix(site.url) or "/", size, len(body)))
        costs[path] = {"requests": len(files), "wire": sum(f[1] for f in files), "raw": sum(f[2] for f in files),
                       "html": next(f[1] for f in files if f[0] == (path or "/")), "files": files}
        context.close()
    return costs


def lighthouse(url: str, device: str, out: Path, runs: int) -> dict:
    """Lighthouse's four category scores (0-100, the median of `runs` runs) and the scored audits
    that cost points in the median run for performance."""
    results = sorted((lighthouse_once(url, device, out) for _ in range(runs)),
                     key=lambda r: r["scores"]["performance"])
    median = results[len(results) // 2]
    return {"scores": {c: statistics.median_low([r["scores"][c] for r in results]) for c in CATEGORIES},
            "losses": median["losses"]}


def lighthouse_once(url: str, device: str, out: Path) -> dict:
    report = out / f"lighthouse-{device}-{re.sub(r'[^a-z0-9]+', '-', url)}.json"
    args = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
            "--only-categories=" + ",".join(CATEGORIES),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]
    if device == "desktop":
        args.append("--preset=desktop")
    run = subprocess.run(args, env=dict(os.environ, CHROME_PATH=os.environ.get("CHROMIUM", "/usr/bin/chromium")),
                         capture_output=True, text=True)
    if run.returncode:
        raise RuntimeError(f"lighthouse failed on {url} ({device}):\n{run.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    scores, losses = {}, []
    for name in CATEGORIES:
        category = data["categories"][name]
        scores[name] = round(category["score"] * 100)
        for ref in category["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                losses.append(audit["id"] + (f" {audit['displayValue']}" if audit.get("displayValue") else ""))
    return {"scores": scores, "losses": losses}


def groups(costs: dict[str, dict]) -> list[tuple[str, list[str]]]:
    """Pages as the tables show them: the texts and top-level pages one by one, and pages below
    another folder (the actor pages) together."""
    rows: dict[str, list[str]] = {}
    for path in costs:
        folder = path.split("/")[0]
        key = path if path.count("/") <= 1 or folder == "texts" else f"{folder}/*"
        rows.setdefault(key, []).append(path)
    return list(rows.items())


def render(costs: dict, index: Path, scores: dict, date: str) -> str:
    raw_index = index.read_bytes()
    lines = [
        "# Performance", "",
        f"What a reader's browser downloads for each page of this site, and Lighthouse's scores, measured "
        f"on {date} against the built site served as GitHub Pages serves it: gzip-compressed, under a "
        "sub-path, with an empty cache.", "",
        f"Targets: a reader page under {BUDGET_KB} KB compressed with everything it loads; Lighthouse "
        "accessibility, best practices and SEO at 100, and performance at least 95 on mobile.", "",
        "## What each page loads", "",
        "Every page loads the same furniture (Material's stylesheets and script, this site's stylesheet "
        "and scripts, the favicon) and, because search is available everywhere, the search worker, "
        "the search index and the Russian stemmer. Sizes are response bodies as sent (gzip where "
        "GitHub Pages compresses), without headers.", "",
        "| Page | Requests | Transferred (gzip) | Uncompressed | Of which the HTML (gzip) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, paths in groups(costs):
        rows = [costs[p] for p in paths]
        name = f"`{label or '/'}`" + (f" ({len(paths)} pages, largest)" if len(paths) > 1 else "")
        worst = max(rows, key=lambda r: r["wire"])
        lines.append(f"| {name} | {worst['requests']} | {kb(worst['wire'])} | {kb(worst['raw'])} | {kb(worst['html'])} |")
    wires = [c["wire"] for c in costs.values()]
    lines += ["", f"All {len(costs)} pages: median {kb(statistics.median(wires))}, largest {kb(max(wires))}. "
              f"The search index (`search/search_index.json`) is {kb(len(raw_index))} uncompressed, "
              f"{kb(gzip_size(raw_index))} compressed.", ""]
    if PAPER in costs:
        paper = costs[PAPER]
        verdict = "under" if paper["wire"] <= BUDGET_KB * 1024 else "over"
        lines += [f"Where the working paper's {kb(paper['wire'])} go ({verdict} the {BUDGET_KB} KB budget):", "",
                  "| File | Transferred (gzip) | Uncompressed |", "| --- | ---: | ---: |"]
        lines += [f"| `{name}` | {kb(wire)} | {kb(raw)} |"
                  for name, wire, raw in sorted(paper["files"], key=lambda f: -f[1])]
        lines.append("")
    if scores:
        lines += ["## Lighthouse", "",
                  f"Lighthouse {scores['version']}, the median of {scores['runs_each']} runs, mobile (its default: "
                  "a mid-range phone on a slow 4G connection, simulated) and desktop (`--preset=desktop`). The "
                  "last column lists the scored audits that cost points.", "",
                  "| Page | Device | Performance | Accessibility | Best practices | SEO | Audits below full marks |",
                  "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
        for (path, device), result in scores["runs"].items():
            s = result["scores"]
            lines.append(f"| `{path or '/'}` | {device} | " + " | ".join(str(s[c]) for c in CATEGORIES)
                         + " | " + (", ".join(result["losses"]) or "none") + " |")
        lines.append("")
    lines += ["## Measuring again", "",
              "```sh", ".venv/bin/python scripts/page_cost.py           # print the figures",
              ".venv/bin/python scripts/page_cost.py --write   # and rewrite this page", "```", "",
              "It needs what `make test` installs: Debian's chromium and the npm tools (Lighthouse).", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {PAGE.relative_to(ROOT)} with the figures")
    parser.add_argument("--no-lighthouse", action="store_true", help="only bytes and requests")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and device (median; default 3)")
    options = parser.parse_args()
    if options.write and options.no_lighthouse:
        parser.error("--write records Lighthouse's scores too: drop --no-lighthouse")

    with tempfile.TemporaryDirectory() as tmp, served_site(Path(tmp) / "site") as site:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            costs = page_costs(browser, site)
            browser.close()
        print(f"{'page':60} {'requests':>8} {'gzip':>10} {'raw':>10} {'html gz':>9}")
        for path, c in costs.items():
            flag = "  OVER BUDGET" if path.startswith("texts/") and c["wire"] > BUDGET_KB * 1024 else ""
            print(f"{path or '/':60} {c['requests']:8} {kb(c['wire']):>10} {kb(c['raw']):>10} {kb(c['html']):>9}{flag}")
        index = site.dir / "search" / "search_index.json"
        print(f"\nsearch index: {kb(index.stat().st_size)} raw, {kb(gzip_size(index.read_bytes()))} gzip")

        scores = {}
        if not options.no_lighthouse:
            version = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True).stdout.strip()
            scores = {"version": version, "runs": {}}
            print(f"\nLighthouse {version}, median of {options.runs}: " + " / ".join(CATEGORIES))
            scores["runs_each"] = options.runs
            for path in LIGHTHOUSE_PAGES:
                for device in ("mobile", "desktop"):
                    result = lighthouse(site.page(path), device, Path(tmp), options.runs)
                    scores["runs"][(path, device)] = result
                    print(f"{path or '/':50} {device:8} " + " ".join(f"{result['scores'][c]:4}" for c in CATEGORIES))
                    if result["losses"]:
                        print(f"    below full marks: {', '.join(result['losses'])}")

        text = render(costs, index, scores, datetime.date.today().isoformat())   # while the index exists
    if options.write:
        PAGE.write_text(text, encoding="utf-8")
        print(f"\nwrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Command line: write the generated Markdown to a folder, with no MkDocs involved.

    python -m reader markdown OUT [--root .] [--site-url URL]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import Project, ReaderError, build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reader", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    md = sub.add_parser("markdown", help="write generated pages and data files to a folder")
    md.add_argument("out", type=Path)
    md.add_argument("--root", type=Path, default=Path("."))
    md.add_argument("--site-url", default="")
    args = ap.parse_args(argv)
    try:
        output = build(Project.at(args.root, args.site_url))
    except ReaderError as e:
        for d in e.diagnostics:
            print(f"ERROR: {d}", file=sys.stderr)
        return 1
    for line in output.log:
        print(f"INFO: {line}", file=sys.stderr)
    written = output.write(args.out)
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

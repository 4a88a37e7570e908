"""Command line for the reader core, with no MkDocs involved.

    python -m reader markdown OUT [--root .] [--site-url URL]   write the generated pages to a folder
    python -m reader coverage [--root .]                        names in the texts no glossary or actor covers
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
    cov = sub.add_parser("coverage", help="list capitalised names and acronyms nothing covers")
    cov.add_argument("--root", type=Path, default=Path("."))
    args = ap.parse_args(argv)
    if args.command == "coverage":
        return coverage(args.root)
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


def coverage(root: Path) -> int:
    from .build import enrich
    from .curated import load_coverage_ignore
    from .enrich.coverage import uncovered
    from .enrich.mentions import build_matcher

    project = Project.at(root)
    try:
        corpus = enrich(project)
        gaps = uncovered(corpus.docs, build_matcher(corpus.registry), load_coverage_ignore(project.docs, project.root))
    except ReaderError as e:
        for d in e.diagnostics:
            print(f"ERROR: {d}", file=sys.stderr)
        return 1
    for g in gaps:
        print(f"{g.count:4d}  {g.name}  ({', '.join(g.where)})")
    print(f"{len(gaps)} names not covered by docs/data/glossary.yml, docs/data/actors.yml or docs/data/coverage-ignore.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main())

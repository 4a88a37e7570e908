"""The shipped seeds: golden outlines and footnote maps (read by eye), and what the issue requires of each."""
from pathlib import Path

import pytest

from reader.build import Project, parse_all
from reader.model import Heading, Paragraph, Ref, plain

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
PAPER = "fuller-2013-azerbaijan-foreign-policy"
PIECE = "ramezani-bonesh-2020-bakus-goals"


@pytest.fixture(scope="module")
def docs():
    return {d.id: d for d in parse_all(Project.at(ROOT))}


def _clip(text: str, words: int = 6) -> str:
    w = text.split()
    return " ".join(w) if len(w) <= 2 * words else " ".join(w[:words]) + " … " + " ".join(w[-words:])


def _refs(runs) -> str:
    return " ".join(r.label for r in runs if isinstance(r, Ref))


def outline_text(doc) -> str:
    """A whole-document outline: headings, paragraphs (clipped), footnote map, paratext and drops."""
    h = doc.header
    out = [f"# Outline of {doc.seed}. Regenerate: pytest tests/test_seeds.py --update-golden; then read the diff.",
           f"title: {h.title}",
           *[f"author: {a.name} | {a.affiliation}" for a in h.authors],
           f"byline: {plain(h.byline) if h.byline else '-'} [refs: {_refs(h.byline or ())}]",
           f"date: {h.date.value} ({h.date.certainty})",
           f"keywords: {' / '.join(h.keywords) or '-'}", ""]
    where: dict[str, str] = {}
    for b in doc.body:
        if isinstance(b, Heading):
            out.append(f"{'  ' * (b.level - 1)}H{b.level} {b.text}  #{b.anchor}  (line {b.line})")
        else:
            lines = ",".join(map(str, b.lines))
            out.append(f"    ¶{b.number} [lines {lines}] {_clip(plain(b.runs))}" + (f"  refs: {_refs(b.runs)}" if _refs(b.runs) else ""))
            for r in b.runs:
                if isinstance(r, Ref):
                    where[r.label] = f"¶{b.number}"
    for r in doc.header.byline or ():
        if isinstance(r, Ref):
            where[r.label] = "byline"
    out += ["", "notes:"]
    for fn in doc.footnotes.values():
        out.append(f"  [{fn.label}] line {fn.line} cited in {where.get(fn.label, '?')}: {_clip(plain(fn.runs), 5)}")
    out += ["", "source notes:"] + [f"  {n.label} (line {n.line}): {_clip(n.text, 4)}" for n in doc.source_notes]
    out += ["", "dropped:"] + [f"  line {d.line} ({d.why}): {d.text}" for d in doc.dropped]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("doc_id", [PAPER, PIECE])
def test_golden_outline(docs, doc_id, request):
    path = GOLDEN / f"{doc_id}.outline.txt"
    actual = outline_text(docs[doc_id])
    if request.config.getoption("--update-golden"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with --update-golden and read it"
    assert actual == path.read_text(encoding="utf-8")


def test_paper_outline(docs):
    headings = [(h.level, h.text) for h in docs[PAPER].headings]
    assert headings == [
        (1, "Abstract"), (1, "Introduction"), (1, "1. Background"), (1, "2. Karabakh as a factor in foreign policy"),
        (1, "3. Regional context"), (2, "3.1. Russia"), (2, "3.2. Iran"), (2, "3.3. Turkey"), (2, "3.4. Georgia"),
        (1, "4. The US and the EU as “strategic partners”"),
        (1, "5. Other international partners and international organizations"), (1, "Conclusion")]


def test_paper_footnotes_all_linked(docs):
    doc = docs[PAPER]
    assert list(doc.footnotes) == ["*"] + [str(n) for n in range(1, 19)]
    cited = [r.label for p in doc.paragraphs for r in p.runs if isinstance(r, Ref)]
    cited += [r.label for r in doc.header.byline if isinstance(r, Ref)]
    assert sorted(cited, key=lambda x: -1 if x == "*" else int(x)) == list(doc.footnotes)


@pytest.mark.parametrize("seam", [
    "has not prevented sporadic exchanges of fire",
    "the first of over a dozen to extract and export",
    "military support to Azerbaijan, which in turn would",
    "On the contrary, there have been protracted and at times",
    "in December 2011 - just months after",
])
def test_paper_paragraphs_rejoined_across_page_breaks(docs, seam):
    holders = [p for p in docs[PAPER].paragraphs if seam in plain(p.runs)]
    assert len(holders) == 1 and len(holders[0].lines) == 2


def test_paper_paratext_is_not_argument(docs):
    doc = docs[PAPER]
    body = " ".join(plain(p.runs) for p in doc.paragraphs)
    for phrase in ["by Elizabeth Fuller", "Paper prepared for the", "Updated: 8 April", "Latest IAI Working Papers",
                   "Via Angelo Brunetti", "Series editor"]:
        assert phrase not in body
    notes = " ".join(n.text for n in doc.source_notes)
    for phrase in ["Paper prepared for the Istituto Affari Internazionali (IAI), April 2013",
                   "Updated: 8 April 2013", "13 | 12 A. Maurer", "Via Angelo Brunetti, 9 00186 Roma",
                   "Azerbaijan's Foreign Policy and the Nagorno-Karabakh Conflict"]:
        assert phrase in notes
    assert doc.header.byline[0] == "by Elizabeth Fuller"
    assert not any(isinstance(b, Paragraph) and plain(b.runs) == doc.header.title for b in doc.body)


def test_piece_header_and_sections(docs):
    doc = docs[PIECE]
    assert doc.header.title == "Baku’s goals in the Nagorno-Karabakh war"
    assert [(a.name, a.affiliation) for a in doc.header.authors] == [
        ("Farzad Ramezani Bonesh", "Senior Researcher and Analyst of International Affairs")]
    assert [h.text for h in doc.headings] == [
        "Military dimensions", "Economy and Geo-economy", "Geopolitical and political dimensions",
        "Gaining national sovereignty and preventing the independence of Nagorno-Karabakh (Republic of Artsakh)"]
    assert isinstance(doc.body[0], Paragraph) and plain(doc.body[0].runs).startswith("Following several years")
    assert plain(doc.body[-1].runs).endswith("But peace also requires military supremacy on the ground.")
    assert doc.header.date.certainty == "approximate" and doc.header.publisher is None

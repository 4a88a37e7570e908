"""The curators' coverage report: which capitalised names the glossary and register miss."""
from pathlib import Path

import pytest

from reader.build import Project, enrich
from reader.curated import load_coverage_ignore
from reader.enrich.coverage import candidates, uncovered
from reader.enrich.mentions import build_matcher

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, expected", [
    ("Talks in Key West failed.", ["Key West"]),
    ("In July the Council of Europe met.", ["July", "Council of Europe"]),  # sentence-initial "In" dropped
    ("It joined the OIC and the WTO.", ["OIC", "WTO"]),
    ("Italy and France traded.", ["France"]),  # "Italy" opens the sentence: ambiguous, left to other mentions
    ("He met Iran's envoy.", ["Iran"]),
    ("NATO is an alliance.", ["NATO"]),  # acronyms count even at a sentence start
])
def test_candidates(text, expected):
    assert [name for _, _, name in candidates(text)] == expected


def test_covered_words_split_a_candidate():
    text = "He met NATO Secretary General Anders Fogh Rasmussen there."
    nato = (text.index("NATO"), text.index("NATO") + 4)
    assert [n for _, _, n in candidates(text, [nato])] == ["Secretary General Anders Fogh Rasmussen"]


def test_shipped_texts_have_no_uncovered_names():
    """Every name in the texts is in the glossary, the register, or the reasoned ignore list."""
    project = Project.at(ROOT)
    corpus = enrich(project)
    gaps = uncovered(corpus.docs, build_matcher(corpus.registry), load_coverage_ignore(project.docs, project.root))
    assert not gaps, "\n".join(f"{g.name} ({g.count}: {', '.join(g.where)})" for g in gaps)

"""Nothing lost: every word of every seed is on its page (body, note, header or source notes) or in
the declared chrome list, checked both on the document model and on the built HTML."""
import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from reader.build import Project, parse_all
from reader.sources import decode

ROOT = Path(__file__).resolve().parent.parent
# Words are runs of letters and digits; superscript digits are note markers, checked elsewhere.
WORD = re.compile(r"[^\W_\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.md"))


def words(text: str) -> Counter:
    return Counter(w.casefold() for w in WORD.findall(text))


@pytest.fixture(scope="module")
def docs():
    return {d.id: d for d in parse_all(Project.at(ROOT))}


def test_there_are_seeds_to_check():
    assert len(SEEDS) >= 2


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_block_is_accounted_for_once(docs, seed):
    doc = docs[seed.stem]
    kept = sum((words(text) for _, _, text in doc.accounted), Counter())
    dropped = sum((words(d.text) for d in doc.dropped), Counter())
    assert kept + dropped == words(decode(seed.read_bytes(), seed.name))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_every_word_reaches_the_page(docs, built_site, seed):
    doc = docs[seed.stem]
    html = (built_site / "texts" / seed.stem / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article.rd-doc")
    on_page = words(article.get_text(" "))
    expected = words(decode(seed.read_bytes(), seed.name)) - sum((words(d.text) for d in doc.dropped), Counter())
    missing = expected - on_page
    assert not missing, f"words of {seed.name} missing from its page: {dict(missing)}"


def test_drops_are_named_in_the_build_log(built_site):
    log = (built_site / "build.log").read_text(encoding="utf-8")
    assert "seeds/ramezani-bonesh-2020-bakus-goals.txt:1: dropped as chrome (breadcrumb trail" in log
    assert "seeds/ramezani-bonesh-2020-bakus-goals.txt:5: dropped as chrome (label of a print/PDF button" in log

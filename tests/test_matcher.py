"""Matching names in running text: one rule per row."""
import pytest

from reader.enrich.matcher import Matcher

NAMES = {
    "OSCE": "osce", "OSCE Minsk Group": "minsk", "Minsk Group": "minsk", "Azerbaijan": "az",
    "Line of Contact": "loc", "Baku": "baku", "Baku-Tbilisi-Ceyhan": "btc", "NATO": "nato",
    "Nagorno-Karabakh": "nk", "Karabakh": "nk", "RFE/RL": "rferl", "Armenian forces": "am-forces",
}


@pytest.mark.parametrize("text, expected", [
    ("the OSCE Minsk Group and the OSCE", [("OSCE Minsk Group", "minsk"), ("OSCE", "osce")]),  # longest first
    ("Azerbaijan's terms", [("Azerbaijan", "az")]),  # possessive
    ("Azerbaijan’s terms", [("Azerbaijan", "az")]),
    ("Azerbaijani residents", []),  # whole words only
    ("the Line of\nContact", [("Line of\nContact", "loc")]),  # a line break inside a term
    ("the Line  of Contact", [("Line  of Contact", "loc")]),
    ("the line of contact", []),  # capitalised names need capitals
    ("nato and NATO", [("NATO", "nato")]),  # acronyms are exact
    ("Baku-Tbilisi-Ceyhan pipeline from Baku", [("Baku-Tbilisi-Ceyhan", "btc"), ("Baku", "baku")]),
    ("Baku–Tbilisi–Ceyhan", [("Baku–Tbilisi–Ceyhan", "btc")]),  # en dashes for hyphens
    ("Baku Tbilisi Ceyhan", [("Baku", "baku")]),  # a hyphenated name keeps its hyphens
    ("Nagorno-Karabakh and Karabakh", [("Nagorno-Karabakh", "nk"), ("Karabakh", "nk")]),
    ("Nagorno-\nKarabakh", [("Nagorno-\nKarabakh", "nk")]),  # broken at a line end
    ("the RFE/RL blog", [("RFE/RL", "rferl")]),
    ("Baku. Tbilisi", [("Baku", "baku")]),
    ("Armenian forces. Then", [("Armenian forces", "am-forces")]),
    ("Armenian. Forces", []),  # never across a sentence
])
def test_find(text, expected):
    m = Matcher(NAMES)
    assert [(text[x.start:x.end], x.key) for x in m.find(text)] == expected


@pytest.mark.parametrize("text", [
    "see <http://www.osce.org/Azerbaijan/NATO>",
    "see http://nato.int/NATO/Baku.html",
    "a [NATO](http://x.org) link",
    "in `NATO` code",
    '<a href="x">Baku</a>',
])
def test_never_inside_urls_links_code_or_tags(text):
    found = [text[x.start:x.end] for x in Matcher(NAMES).find(text)]
    assert "NATO" not in found and "Baku" not in found


def test_cost_does_not_grow_with_the_number_of_names():
    """The trie is walked once per token, at most `depth` steps: many names, same work per token."""
    small = Matcher({"OSCE Minsk Group": 1})
    big = Matcher({**{f"Name{i} Thing{i}": i for i in range(5000)}, "OSCE Minsk Group": 1})
    text = "the OSCE Minsk Group met. " * 50
    assert [m.key for m in big.find(text)] == [m.key for m in small.find(text)] == [1] * 50
    assert big.depth == small.depth == 3

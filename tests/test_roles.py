"""Judging a single block by its own text: headings, dates, keywords, bylines, names."""
import pytest

from reader.parse import roles


@pytest.mark.parametrize("text, expected", [
    ("1. Background", (1, "1", "Background")),
    ("3.1. Russia", (2, "3.1", "Russia")),
    ("3.1 Russia", (2, "3.1", "Russia")),
    ("2.4.1. A deep one", (3, "2.4.1", "A deep one")),
    ('4. The US and the EU as “strategic partners”', (1, "4", 'The US and the EU as “strategic partners”')),
    ("1994 was the year of the ceasefire.", None),  # a sentence that starts with a year
    ("2. the list goes on", None),  # lower case: an enumeration, not a heading
    ("12. A point that ends like a sentence.", None),
])
def test_numbered_heading(text, expected):
    shape = roles.numbered_heading(text)
    assert (shape and (shape.level, shape.number, shape.title)) == expected


@pytest.mark.parametrize("text, is_section", [
    ("Abstract", True), ("Introduction", True), ("Conclusion", True), ("Conclusions:", True),
    ("Notes", True), ("Military dimensions", False),
])
def test_named_section(text, is_section):
    assert bool(roles.named_section(text)) is is_section


@pytest.mark.parametrize("text, expected", [
    ("Military dimensions", True),
    ("Gaining national sovereignty and preventing the independence of Nagorno-Karabakh (Republic of Artsakh)", True),
    ("Senior Researcher and Analyst of International Affairs", True),
    ("The war resumed.", False),
    ("exchanges of fire along the line", False),
    ("In December 2011 -", False),
    ("A very long line " + "word " * 20, False),
])
def test_looks_like_heading(text, expected):
    assert roles.looks_like_heading(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("It ended.", True), ('He said "no."', True), ("He said “no.”", True), ("a question?", True),
    ("with Armenia.¹", True), ("the author*", True),
    ("has not prevented sporadic", False), ("support to Azerbaijan,", False), ("in December 2011 -", False),
])
def test_ends_sentence(text, expected):
    assert roles.ends_sentence(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("8 April 2013", "2013-04-08"), ("April 8, 2013", "2013-04-08"), ("April 2013", "2013-04"),
    ("2013", "2013"), ("2013-04-08", "2013-04-08"), ("31 February 2013", None), ("soon", None),
])
def test_parse_date(text, expected):
    assert roles.parse_date(text) == expected


def test_date_keywords_byline_name():
    assert roles.date_line("Updated: 8 April 2013") == ("Updated", "8 April 2013")
    assert roles.date_line("Updated the pipeline: yes") is None
    assert roles.keywords("Keywords: *Azerbaijan / Foreign policy / Oil*") == ["Azerbaijan", "Foreign policy", "Oil"]
    assert roles.keywords("Key words: gas; oil") == ["gas", "oil"]
    assert roles.byline("by Elizabeth Fuller*") == "Elizabeth Fuller*"
    assert roles.byline("by the way, this is a sentence that runs on and on and on for far too long to be a byline") is None
    assert roles.looks_like_name("Farzad Ramezani Bonesh")
    assert not roles.looks_like_name("Senior Researcher and Analyst of International Affairs")
    assert not roles.looks_like_name("Abstract")


@pytest.mark.parametrize("text, expected", [
    ("3.1. Russia", "3-1-russia"), ("Baku’s goals", "bakus-goals"), ("Декларация", "section"),
])
def test_slug(text, expected):
    assert roles.slug(text) == expected

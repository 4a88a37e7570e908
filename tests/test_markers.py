"""Footnote markers: superscript numbers, the author asterisk, and what is not a marker."""
import pytest

from reader.model import Ref
from reader.parse.markers import definition_start, split_refs, superscript_label


@pytest.mark.parametrize("text, expected", [
    ("with Armenia.¹", ("with Armenia.", Ref("1", 1))),
    ("Mutual Security⁵ that contains", ("Mutual Security", Ref("5", 1), " that contains")),
    ("the protocols.¹⁰ Next", ("the protocols.", Ref("10", 1), " Next")),
    ("notes¹⁷ and¹⁸", ("notes", Ref("17", 1), " and", Ref("18", 1))),
    ("by Elizabeth Fuller*", ("by Elizabeth Fuller", Ref("*", 1))),
    ('interests."³', ('interests."', Ref("3", 1))),
    ("an area of 4,400 km² in all", ("an area of 4,400 km² in all",)),
    ("16 billion m³ a year", ("16 billion m³ a year",)),
    ("Keywords: *Azerbaijan / Pipelines*", ("Keywords: *Azerbaijan / Pipelines*",)),
    ("the *raison d'être* of it", ("the *raison d'être* of it",)),
    ("5 * 3 = 15", ("5 * 3 = 15",)),
])
def test_split_refs(text, expected):
    assert split_refs(text, 1) == expected


@pytest.mark.parametrize("text, star_notes, expected", [
    ("¹ US Embassy Baku, *Azerbaijan*", False, ("1", "US Embassy Baku, *Azerbaijan*")),
    ("¹⁸ NATO, *Press point*", False, ("18", "NATO, *Press point*")),
    ("* Elizabeth Fuller is the editor", True, ("*", "Elizabeth Fuller is the editor")),
    ("* a bullet, where no asterisk is cited", False, None),
    ("Plain text", True, None),
    ("1 a digit that is not a superscript", True, None),
])
def test_definition_start(text, star_notes, expected):
    assert definition_start(text, star_notes) == expected


def test_superscript_label():
    assert [superscript_label(s) for s in ("¹", "¹⁰", "²³")] == ["1", "10", "23"]

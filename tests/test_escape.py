"""Seed text to Markdown: inline Markdown survives; nothing else the text contains becomes markup."""
import pytest

from reader.render.escape import block_safe, inline


@pytest.mark.parametrize("text, expected", [
    ("*Caucasus Report*", "*Caucasus Report*"),
    ("see <http://a.org/x?a=1&b=2>.", "see <http://a.org/x?a=1&b=2>."),
    ("at http://archive.kremlin.ru/x.shtml.", "at <http://archive.kremlin.ru/x.shtml>."),
    ("(http://www.rferl.org/a.html)", "(<http://www.rferl.org/a.html>)"),
    ("Print Friendly, PDF & Email", "Print Friendly, PDF &amp; Email"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("[a link](http://x.org)", "\\[a link\\](<http://x.org>)"),
    ("{{ config }} and {% if %}", "\\{\\{ config \\}\\} and \\{% if %\\}"),
    ("a `code` span", "a \\`code\\` span"),
])
def test_inline(text, expected):
    assert inline(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("# not a heading", "\\# not a heading"),
    ("> not a quote", "\\> not a quote"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("1994 was a year", "1994 was a year"),
])
def test_block_safe(text, expected):
    assert block_safe(text) == expected

"""The glossary and the actor register: schema and cross-file checks, with file and line."""
import textwrap

import pytest

from reader.curated import Target, load_registry
from reader.diagnostics import ReaderError

GLOSSARY = """
terms:
  - id: csto
    term: CSTO
    expansion: Collective Security Treaty Organization
    definition: A military alliance of former Soviet states.
    actor: csto
"""
ACTORS = """
actors:
  - id: russia
    name: Russia
    type: state
    description: The Russian Federation.
    aliases: [Moscow]
  - id: csto
    name: CSTO (organisation)
    type: organisation
    description: See the glossary.
    term: csto
  - id: ilham-aliyev
    name: Ilham Aliyev
    type: person
    description: President of Azerbaijan since 2003.
  - id: heidar-aliyev
    name: Heidar Aliyev
    type: person
    description: President of Azerbaijan 1993-2003.
ambiguous:
  - alias: Aliyev
    candidates: [ilham-aliyev, heidar-aliyev]
    resolve: null
    why: either of them
"""


def write(tmp_path, glossary=GLOSSARY, actors=ACTORS):
    data = tmp_path / "docs" / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "glossary.yml").write_text(textwrap.dedent(glossary).lstrip(), encoding="utf-8")
    (data / "actors.yml").write_text(textwrap.dedent(actors).lstrip(), encoding="utf-8")
    return tmp_path / "docs"


def problems(tmp_path, **files):
    with pytest.raises(ReaderError) as e:
        load_registry(write(tmp_path, **files), tmp_path)
    return [str(d) for d in e.value.diagnostics]


def test_a_valid_registry(tmp_path):
    reg = load_registry(write(tmp_path), tmp_path)
    assert reg.aliases["Moscow"] == Target("actor", "russia")
    assert reg.actor_of(reg.aliases["CSTO"]) == "csto" and reg.term_of(reg.aliases["CSTO"]) == "csto"
    assert reg.actor_of(reg.aliases["Aliyev"]) is None
    assert reg.find("russia") == Target("actor", "russia") and reg.find("moscow") == Target("actor", "russia")


def test_unknown_key(tmp_path):
    bad = GLOSSARY.replace("    actor: csto", "    actor: csto\n    colour: red")
    assert problems(tmp_path, glossary=bad) == [
        "docs/data/glossary.yml:2: terms/0: Additional properties are not allowed ('colour' was unexpected) [schema-glossary]"]


def test_missing_definition(tmp_path):
    bad = GLOSSARY.replace("    definition: A military alliance of former Soviet states.\n", "")
    assert problems(tmp_path, glossary=bad) == [
        "docs/data/glossary.yml:2: terms/0: 'definition' is a required property [schema-glossary]"]


def test_duplicate_id(tmp_path):
    bad = ACTORS.replace("  - id: heidar-aliyev", "  - id: ilham-aliyev")
    found = problems(tmp_path, actors=bad)
    assert "docs/data/actors.yml:16: actor id 'ilham-aliyev' is used twice [id-duplicate]" in found


def test_alias_claimed_twice_across_files(tmp_path):
    bad = ACTORS.replace("aliases: [Moscow]", "aliases: [Moscow, csto]")
    assert problems(tmp_path, actors=bad) == [
        "docs/data/actors.yml:2: alias 'csto' of 'russia' is already claimed by 'csto' (docs/data/glossary.yml:2) [alias-duplicate]"]


def test_cross_references_must_exist(tmp_path):
    bad = GLOSSARY.replace("actor: csto", "actor: nowhere")
    assert problems(tmp_path, glossary=bad) == [
        "docs/data/glossary.yml:6: term 'csto' names actor 'nowhere', which is not in docs/data/actors.yml [ref-unknown]"]
    bad = ACTORS.replace("candidates: [ilham-aliyev, heidar-aliyev]", "candidates: [ilham-aliyev, nobody]")
    assert problems(tmp_path, actors=bad) == ["docs/data/actors.yml:21: ambiguous alias 'Aliyev': no actor 'nobody' [ref-unknown]"]


def test_malformed_yaml(tmp_path):
    found = problems(tmp_path, glossary="terms:\n  - id: x\n   term: [oops\n")
    assert found[0].startswith("docs/data/glossary.yml:3: ") and found[0].endswith("[yaml-syntax]")

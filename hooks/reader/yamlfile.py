"""Load a YAML file and validate it against a schema, reporting errors with the file and line."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .diagnostics import Diagnostic, ReaderError

SCHEMAS = Path(__file__).parent / "schemas"


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects a mapping with the same key twice instead of keeping the last."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


@cache
def schema(name: str) -> dict:
    """The JSON schema stored as schemas/<name>.schema.json."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def parse_yaml(text: str, file: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text into data plus its node tree (for line numbers); errors name file and line."""
    try:
        node = yaml.compose(text, Loader=_UniqueKeyLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        raise ReaderError([Diagnostic(file, line, "yaml-syntax", f"{e.problem or e}")]) from None
    return data, node


def line_of(node: yaml.Node | None, path: list[Any]) -> int | None:
    """The 1-based line of the value at `path` inside a composed YAML node tree."""
    line = node.start_mark.line + 1 if node is not None else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if k.value == step]
            if not match:
                break
            node = match[0][1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
        line = node.start_mark.line + 1
    return line


def validate(data: Any, node: yaml.Node | None, schema_name: str, file: str, offset: int = 0) -> None:
    """Check data against a named schema; raise ReaderError listing every violation with its line."""
    validator = jsonschema.Draft202012Validator(schema(schema_name))
    problems = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path = list(err.absolute_path)
        where = "/".join(str(p) for p in path) or "(top level)"
        line = line_of(node, path)
        problems.append(Diagnostic(file, line + offset if line else None, f"schema-{schema_name}", f"{where}: {err.message}"))
    if problems:
        raise ReaderError(problems)


def load(path: Path, schema_name: str, display: str | None = None) -> Any:
    """Read, parse and validate one YAML file."""
    file = display or str(path)
    data, node = parse_yaml(path.read_text(encoding="utf-8"), file)
    validate(data, node, schema_name, file)
    return data

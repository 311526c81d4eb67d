"""End-to-end: the reduced demo (a few dozen tracks) through the job launcher, as the DAGs run
it, then checks through the HTTP API, the client and the web page that every generator returns
playlists of files that exist in the library, within the per-artist limit.

Run: python3 demo/e2e/test_demo.py  (./moomoo test runs it after the Maven build). It uses its own
database (moomoo_e2e) on the private cluster and a temporary folder, both removed at the end.
"""

import collections
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MOOMOO = str(ROOT / "moomoo")
DATABASE = "moomoo_e2e"
USER = "demo"
COLLECTION_ROUTES = {
    "loved-tracks": f"/playlist/loved/{USER}",
    "revisit-releases": f"/playlist/revisit-releases/{USER}",
    "revisit-tracks": f"/playlist/revisit-tracks/{USER}",
    "top-artists": f"/playlist/suggest/by-artist/{USER}",
    "smart-mixes": f"/playlist/suggest/smart-mix/{USER}",
}
PER_ARTIST_LIMIT = 2


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def psql(sql):
    subprocess.run([MOOMOO, "db", "psql", "-d", "postgres", "-qAtc", sql], check=True, capture_output=True)


class DemoEndToEndTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="moomoo-e2e-"))
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        environment = {**os.environ, "MOOMOO_DEMO_DIR": str(cls.folder), "MOOMOO_DEMO_DATABASE": DATABASE}
        environment.pop("MOOMOO_POSTGRES_URI", None)
        start = time.monotonic()
        demo = subprocess.run([MOOMOO, "demo", "--small", "--no-serve"], env=environment, capture_output=True, text=True)
        cls.demo_output = demo.stdout + demo.stderr
        if demo.returncode != 0:
            raise AssertionError(f"./moomoo demo --small failed ({demo.returncode}):\n{cls.demo_output[-4000:]}")
        print(f"e2e: demo pipeline in {time.monotonic() - start:.0f} s", file=sys.stderr)
        cls.library = cls.folder / "library"
        cls.files = {str(p.relative_to(cls.library)) for p in cls.library.rglob("*") if p.is_file()}

        url = subprocess.run([MOOMOO, "db", "url"], capture_output=True, text=True, check=True).stdout.strip()
        cls.port = free_port()
        cls.host = f"http://127.0.0.1:{cls.port}"
        cls.server_environment = {
            **os.environ,
            "MOOMOO_POSTGRES_URI": url.rsplit("/", 1)[0] + "/" + DATABASE,
            "MOOMOO_HTTP_PORT": str(cls.port),
            "LISTENBRAINZ_USERNAME": USER,
        }
        cls.server_log = open(cls.folder / "server.log", "w")
        cls.server = subprocess.Popen(
            [MOOMOO, "serve"], env=cls.server_environment, stdout=cls.server_log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(cls.host + "/ping", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if cls.server.poll() is not None or time.monotonic() > deadline:
                cls.tearDownClass()
                raise AssertionError("the API server did not answer /ping; see its log above")
            time.sleep(1)

    @classmethod
    def tearDownClass(cls):
        if getattr(cls, "server", None) is not None and cls.server.poll() is None:
            os.killpg(cls.server.pid, signal.SIGTERM)
            cls.server.wait(timeout=30)
        if getattr(cls, "server_log", None) is not None:
            cls.server_log.close()
            if cls.server.returncode not in (0, -signal.SIGTERM, 143):
                print((cls.folder / "server.log").read_text()[-4000:], file=sys.stderr)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        shutil.rmtree(cls.folder, ignore_errors=True)

    def get(self, route):
        with urllib.request.urlopen(self.host + route, timeout=60) as answer:
            self.assertEqual(200, answer.status, route)
            return answer.headers.get("Content-Type", ""), answer.read()

    def playlists(self, route):
        content_type, body = self.get(route)
        self.assertIn("application/json", content_type)
        document = json.loads(body)
        self.assertTrue(document["success"], route)
        return document["playlists"]

    def assert_tracks_in_library(self, playlist, route):
        paths = [track["filepath"] for track in playlist["playlist"]]
        self.assertTrue(paths, f"{route}: an empty playlist")
        for path in paths:
            self.assertIn(path, self.files, f"{route}: {path} is not a file of the library")
        return paths

    def test_from_files_gives_a_full_playlist_of_library_files_within_the_per_artist_limit(self):
        album = sorted({str(Path(f).parent) for f in self.files})[0]
        route = "/playlist/from-files?" + urllib.parse.urlencode({"path": album, "n": 10})
        [playlist] = self.playlists(route)
        self.assert_tracks_in_library(playlist, route)
        neighbours = [t["filepath"] for t in playlist["playlist"] if not t.get("is_seed")]
        self.assertGreaterEqual(len(neighbours), 5, f"{route}: too few tracks: {playlist}")
        by_artist = collections.Counter(Path(path).parts[0] for path in neighbours)
        self.assertLessEqual(max(by_artist.values()), PER_ARTIST_LIMIT, f"{route}: {by_artist}")

    def test_every_collection_route_returns_playlists_of_library_files(self):
        for collection, route in COLLECTION_ROUTES.items():
            with self.subTest(collection=collection):
                playlists = self.playlists(route)
                self.assertTrue(playlists, f"{route}: no playlists")
                for playlist in playlists:
                    self.assertTrue(playlist.get("title"), f"{route}: a playlist without a title")
                    self.assert_tracks_in_library(playlist, route)

    def test_similarity_and_revisit_collections_respect_the_per_artist_limit(self):
        for collection in ["top-artists", "smart-mixes", "revisit-tracks"]:
            route = COLLECTION_ROUTES[collection]
            for playlist in self.playlists(route):
                with self.subTest(collection=collection, title=playlist["title"]):
                    others = [t["filepath"] for t in playlist["playlist"] if not t.get("is_seed")]
                    by_artist = collections.Counter(Path(p).parts[0] for p in others)
                    self.assertLessEqual(max(by_artist.values(), default=0), PER_ARTIST_LIMIT, by_artist)

    def test_the_client_prints_the_loved_tracks_mapped_onto_the_library(self):
        environment = {**self.server_environment, "MOOMOO_HOST": self.host, "MOOMOO_MEDIA_LIBRARY": str(self.library)}
        client = subprocess.run(
            [MOOMOO, "client", "loved", USER, "--out=m3u8"], env=environment, capture_output=True, text=True)
        self.assertEqual(0, client.returncode, client.stderr)
        entries = [line for line in client.stdout.splitlines() if line and not line.startswith("#")]
        self.assertTrue(entries, client.stdout)
        for entry in entries:
            self.assertTrue(Path(entry).is_file(), f"the client printed {entry}, which is not a file")

    def test_the_web_page_loads(self):
        content_type, body = self.get("/")
        self.assertIn("text/html", content_type)
        self.assertIn(b"moomoo", body.lower())


if __name__ == "__main__":
    unittest.main(verbosity=2)

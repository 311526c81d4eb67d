"""Kill tests: a job killed with SIGKILL in the middle of its longest step, then the same command
run again, ends with the tables of an uninterrupted run. Two databases on the private cluster get
the same reduced demo library and history; in one each job runs straight through, in the other it
is killed once its progress shows it half-way, then run again.

Run: python3 demo/e2e/test_kill.py  (./moomoo test runs it). The jobs that finish within a second
on this data (the collection jobs, create-collections, local-files and listens-import of a few
dozen files) cannot be killed half-way here; their restarts are tested in Java with a failure
injected mid-run.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MOOMOO = str(ROOT / "moomoo")
DEMO_JAR = ROOT / "demo" / "target" / "moomoo-demo.jar"
REFERENCE, KILLED = "moomoo_kill_reference", "moomoo_kill_killed"
NOW = "2026-06-01T12:00:00Z"
TRACKS = 36


def psql(database, sql):
    answer = subprocess.run(
        [MOOMOO, "db", "psql", "-d", database, "-qAtc", sql], check=True, capture_output=True, text=True)
    return answer.stdout.strip()


def fingerprint(database, query):
    """An MD5 of the rows the query returns, in its order."""
    return psql(database, f"SELECT md5(coalesce(string_agg(r::text, E'\\n'), '')) FROM ({query}) AS r")


class KillTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="moomoo-kill-"))
        subprocess.run(
            ["java", "-jar", str(DEMO_JAR), "--into", str(cls.folder), "--artists", "6", "--albums-per-artist", "2",
             "--tracks-per-album", "3", "--seconds", "30"], check=True, capture_output=True)
        url = subprocess.run([MOOMOO, "db", "url"], capture_output=True, text=True, check=True).stdout.strip()
        cls.uris = {}
        for database in (REFERENCE, KILLED):
            psql("postgres", f"DROP DATABASE IF EXISTS {database}")
            psql("postgres", f"CREATE DATABASE {database}")
            cls.uris[database] = url.rsplit("/", 1)[0] + "/" + database
            cls.run_job(database, "local-files", f"library={cls.folder / 'library'}")
            cls.run_job(database, "listens-import", f"file={cls.folder / 'history.zip'}", "username=demo")

    @classmethod
    def tearDownClass(cls):
        for database in (REFERENCE, KILLED):
            psql("postgres", f"DROP DATABASE IF EXISTS {database}")
        shutil.rmtree(cls.folder, ignore_errors=True)

    @classmethod
    def run_job(cls, database, *arguments):
        environment = {**os.environ, "MOOMOO_POSTGRES_URI": cls.uris[database]}
        done = subprocess.run([MOOMOO, "jobs", "run", *arguments], env=environment, capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(arguments)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
        return done.stdout + done.stderr

    def kill_half_way(self, database, progress_sql, half, *arguments):
        """Starts the job and kills it with SIGKILL once `progress_sql` counts at least `half`."""
        environment = {**os.environ, "MOOMOO_POSTGRES_URI": self.uris[database]}
        with subprocess.Popen(
                [MOOMOO, "jobs", "run", *arguments], env=environment, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True) as job:
            deadline = time.monotonic() + 600
            while job.poll() is None and int(psql(database, progress_sql) or 0) < half:
                self.assertLess(time.monotonic(), deadline, "the job made no progress in 10 minutes")
                time.sleep(0.1)
            if job.poll() is None:
                os.killpg(job.pid, signal.SIGKILL)
            job.wait()
        self.assertEqual(-signal.SIGKILL, job.returncode, "the job ended before it was killed")

    def test_embed_killed_half_way_then_run_again_stores_every_vector_once(self):
        library = f"library={self.folder / 'library'}"
        self.run_job(REFERENCE, "embed", library, "threads=1")
        self.kill_half_way(
            KILLED, "SELECT count(*) FROM raw.local_music_embeddings", TRACKS // 2, "embed", library, "threads=1")
        kept = int(psql(KILLED, "SELECT count(*) FROM raw.local_music_embeddings"))

        again = self.run_job(KILLED, "embed", library, "threads=1")

        self.assertGreater(kept, 0, "nothing was committed before the kill: not a kill half-way")
        self.assertIn(f"{kept} already embedded", again)
        rows = ("SELECT filepath, embedder, success, fail_reason, duration_seconds, embedding::text"
                " FROM raw.local_music_embeddings ORDER BY filepath")
        self.assertEqual(fingerprint(REFERENCE, rows), fingerprint(KILLED, rows))
        self.assertEqual(TRACKS, int(psql(KILLED, "SELECT count(*) FROM raw.local_music_embeddings")))

        self.check_build_models_killed_half_way()

    def check_build_models_killed_half_way(self):
        for database in (REFERENCE, KILLED):
            self.run_job(database, "conditioner-build")
        self.run_job(REFERENCE, "build-models", f"now={NOW}")
        built = "SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'analytics\\_\\_build\\_%'"
        self.kill_half_way(KILLED, built, 15, "build-models", f"now={NOW}")
        published = psql(KILLED, "SELECT count(*) FROM pg_tables WHERE schemaname = 'analytics'")
        self.assertEqual("0", published, "a killed first build must publish nothing")

        self.run_job(KILLED, "build-models", f"now={NOW}")

        for table, order in [("file_listen_counts", "filepath, username"), ("revisit_releases", "release_group_mbid"),
                             ("revisit_tracks", "recording_mbid"), ("loved_tracks", "1"),
                             ("artist_listen_counts", "artist_mbid, username")]:
            with self.subTest(table=table):
                rows = f"SELECT * FROM analytics.{table} ORDER BY {order}"
                self.assertEqual(fingerprint(REFERENCE, rows), fingerprint(KILLED, rows))


if __name__ == "__main__":
    unittest.main(verbosity=2)

"""Loads every moomoo DAG file against the Airflow stand-in in stub/ and checks what the DAGs
declare: ids, schedules, dependencies in the order of DESIGN section 2, retries, pools, and that
every task's command names a job and parameters the real `moomoo jobs list --json` reports.

Run: python3 airflow-dags/tests/test_dags.py  (MOOMOO_SCRIPT names the moomoo command; default
the checkout's ./moomoo). What this cannot prove: that the files load in a real Airflow, of any
version, or that a real scheduler runs them as declared.
"""

import datetime
import importlib
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

TESTS = Path(__file__).resolve().parent
DAGS = TESTS.parent
ROOT = DAGS.parent
sys.path[:0] = [str(TESTS / "stub"), str(DAGS)]

from airflow.exceptions import AirflowException, AirflowFailException  # noqa: E402
from airflow.models import dag as dag_module  # noqa: E402
from airflow.models import variable  # noqa: E402

DAG_FILES = sorted(p.stem for p in DAGS.glob("moomoo_*.py") if p.stem != "moomoo_tasks")


def load_dags(variables=None):
    """Imports every DAG file afresh with the given Airflow Variables; returns the DAGs by id."""
    variable.VALUES.clear()
    variable.VALUES.update(variables or {})
    dag_module.LOADED.clear()
    for name in DAG_FILES + ["moomoo_tasks"]:
        sys.modules.pop(name, None)
    for name in DAG_FILES:
        importlib.import_module(name)
    return {dag.dag_id: dag for dag in dag_module.LOADED}


def upstream_closure(dag, task_id):
    seen, todo = set(), [task_id]
    while todo:
        for parent in dag.tasks[todo.pop()].upstream_task_ids:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def jobs_reported():
    script = os.environ.get("MOOMOO_SCRIPT", str(ROOT / "moomoo"))
    listed = subprocess.run([script, "jobs", "list", "--json"], capture_output=True, text=True, check=True)
    return {job["name"]: job for job in json.loads(listed.stdout)}


class DagStructureTest(unittest.TestCase):
    def setUp(self):
        self.dags = load_dags({"moomoo_library": "/music", "moomoo_username": "ada"})

    def test_each_file_defines_one_dag_with_its_schedule(self):
        self.assertEqual(len(DAG_FILES), len(self.dags), "one DAG per file, ids unique")
        schedules = {dag_id: dag.schedule for dag_id, dag in self.dags.items()}
        self.assertEqual(
            {"moomoo_hourly": "@hourly", "moomoo_daily": "@daily", "moomoo_weekly": "@weekly"}, schedules
        )

    def test_no_catchup_one_run_at_a_time_and_documented(self):
        for dag in self.dags.values():
            with self.subTest(dag=dag.dag_id):
                self.assertFalse(dag.catchup)
                self.assertEqual(1, dag.max_active_runs)
                self.assertTrue(dag.doc_md)
                for task in dag.tasks.values():
                    self.assertIn("moomoo jobs run", task.doc_md)

    def test_every_task_retries_with_back_off(self):
        for dag in self.dags.values():
            for task in dag.tasks.values():
                with self.subTest(task=f"{dag.dag_id}.{task.task_id}"):
                    self.assertGreaterEqual(task.retries, 1)
                    self.assertTrue(task.retry_exponential_backoff)
                    self.assertGreater(task.max_retry_delay, task.retry_delay)

    def test_dependencies_are_acyclic(self):
        for dag in self.dags.values():
            for task_id in dag.tasks:
                with self.subTest(task=f"{dag.dag_id}.{task_id}"):
                    self.assertNotIn(task_id, upstream_closure(dag, task_id))

    def test_daily_runs_the_pipeline_in_order(self):
        dag = self.dags["moomoo_daily"]
        order = [
            ["local_files"],
            ["msid_map", "annotate_mbids"],
            ["build_models"],
            ["embed_0_of_2", "embed_1_of_2"],
            ["conditioner_apply"],
            ["build_models_after_embed"],
            ["loved_tracks", "revisit_releases", "revisit_tracks", "top_artists", "smart_mixes"],
        ]
        self.assert_in_order(dag, order)
        for task_id in ["similar_user_activity", "artist_stats"]:
            self.assertIn(task_id, upstream_closure(dag, "build_models"))

    def test_hourly_ingests_then_builds_then_refreshes(self):
        order = [
            ["listens", "listenbrainz_feedback"],
            ["annotate_mbids"],
            ["build_models"],
            ["loved_tracks", "revisit_releases", "revisit_tracks", "top_artists", "smart_mixes"],
        ]
        self.assert_in_order(self.dags["moomoo_hourly"], order)

    def test_weekly_fits_similarity_on_the_dumps_before_the_backtest(self):
        order = [["listenbrainz_data_dump"], ["update_artist_similarity_matrix"], ["build_models"], ["evaluate"]]
        dag = self.dags["moomoo_weekly"]
        self.assert_in_order(dag, order)
        for task_id in ["musicbrainz_data_dump", "conditioner_build"]:
            self.assertIn(task_id, upstream_closure(dag, "build_models"))

    def test_musicbrainz_callers_share_one_pool_slot(self):
        for dag in self.dags.values():
            for task in dag.tasks.values():
                with self.subTest(task=f"{dag.dag_id}.{task.task_id}"):
                    calls_musicbrainz = task.job in {"annotate-mbids", "annotation-daemon"}
                    self.assertEqual(calls_musicbrainz, task.pool == "musicbrainz")
                    self.assertEqual(1, task.pool_slots)

    def test_embedding_partitions_come_from_the_variable(self):
        dag = load_dags({"moomoo_library": "/music", "moomoo_embed_partitions": "3"})["moomoo_daily"]
        embeds = sorted(t.command()[-1] for t in dag.tasks.values() if t.job == "embed")
        self.assertEqual(["partition=0/3", "partition=1/3", "partition=2/3"], embeds)
        self.assertEqual(3, len(dag.tasks["conditioner_apply"].upstream_task_ids))

    def test_bad_partition_count_fails_when_the_file_loads(self):
        with self.assertRaisesRegex(ValueError, "moomoo_embed_partitions must be a whole number"):
            load_dags({"moomoo_embed_partitions": "two"})

    def test_command_and_user_from_variables_or_environment(self):
        task = self.dags["moomoo_hourly"].tasks["listens"]
        self.assertEqual(["moomoo", "jobs", "run", "--json", "listens", "username=ada"], task.command()[:6])
        variable.VALUES.clear()
        os.environ["MOOMOO_COMMAND"] = "/opt/moomoo/moomoo --quiet"
        os.environ["LISTENBRAINZ_USERNAME"] = "bob"
        try:
            command = task.command()
        finally:
            del os.environ["MOOMOO_COMMAND"], os.environ["LISTENBRAINZ_USERNAME"]
        self.assertEqual(["/opt/moomoo/moomoo", "--quiet", "jobs", "run", "--json", "listens"], command[:6])
        self.assertIn("username=bob", command)

    def test_unset_user_is_left_to_the_worker_and_unset_library_fails_clearly(self):
        dags = load_dags({})
        self.assertNotIn("username=", " ".join(dags["moomoo_hourly"].tasks["listens"].command()))
        with self.assertRaisesRegex(AirflowFailException, "moomoo_library"):
            dags["moomoo_daily"].tasks["local_files"].command()

    def assert_in_order(self, dag, stages):
        for earlier, later in zip(stages, stages[1:]):
            for before in earlier:
                for after in later:
                    with self.subTest(order=f"{before} before {after}"):
                        self.assertIn(before, upstream_closure(dag, after))


class CommandsMatchTheLauncherTest(unittest.TestCase):
    """Every command names a job and parameters that the real launcher reports."""

    @classmethod
    def setUpClass(cls):
        cls.jobs = jobs_reported()

    def test_every_job_and_parameter_exists(self):
        dags = load_dags({"moomoo_library": "/music", "moomoo_username": "ada", "moomoo_own_listenbrainz_user_id": "7"})
        for dag in dags.values():
            for task in dag.tasks.values():
                with self.subTest(task=f"{dag.dag_id}.{task.task_id}"):
                    self.assertTrue(task.job in self.jobs, f"moomoo jobs list has no job {task.job}")
                    spec = {p["name"]: p for p in self.jobs[task.job]["parameters"]}
                    given = dict(word.split("=", 1) for word in task.arguments())
                    for key, value in given.items():
                        self.assertIn(key, spec, f"{task.job} has no parameter {key}")
                        if spec[key].get("choices"):
                            self.assertIn(value, spec[key]["choices"])
                        if spec[key]["kind"] == "boolean":
                            self.assertIn(value, {"true", "false"})
                    for name, parameter in spec.items():
                        if parameter["required"]:
                            self.assertIn(name, given, f"{task.job} needs {name}=")


class OperatorTest(unittest.TestCase):
    """The operator against a stand-in moomoo command that prints a result and exits with a code."""

    def run_task(self, code, stdout='{"exit_code": 0, "message": null, "execution": {"status": "COMPLETED"}}'):
        script = Path(self.folder.name) / "moomoo"
        script.write_text(textwrap.dedent(f"""\
            #!/bin/sh
            echo "progress 50% $*" >&2
            cat <<'JSON'
            {stdout}
            JSON
            exit {code}
            """))
        script.chmod(0o755)
        variable.VALUES["moomoo_command"] = str(script)
        variable.VALUES["moomoo_username"] = "ada"
        task = self.dags["moomoo_hourly"].tasks["listens"]
        with self.assertLogs(task.log, "INFO") as logs:
            try:
                return task.execute({}), logs
            finally:
                self.logs = logs

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.dags = load_dags({})

    def tearDown(self):
        self.folder.cleanup()

    def test_a_completed_job_returns_its_json_for_xcom_and_logs_its_progress(self):
        result, logs = self.run_task(0)
        self.assertEqual("COMPLETED", result["execution"]["status"])
        self.assertTrue(any("progress 50% jobs run --json listens username=ada" in line for line in logs.output))

    def test_already_running_is_retried_not_failed(self):
        with self.assertRaises(AirflowException) as raised:
            self.run_task(3, '{"exit_code": 3, "message": "listens is already running", "execution": null}')
        self.assertNotIsInstance(raised.exception, AirflowFailException)
        self.assertIn("already running", str(raised.exception))

    def test_a_failed_job_is_retried_with_its_problem(self):
        stdout = '{"exit_code": 1, "message": null, "execution": {"status": "FAILED", "problem": "HTTP 503"}}'
        with self.assertRaises(AirflowException) as raised:
            self.run_task(1, stdout)
        self.assertNotIsInstance(raised.exception, AirflowFailException)
        self.assertIn("HTTP 503", str(raised.exception))

    def test_a_usage_error_fails_without_retry(self):
        with self.assertRaisesRegex(AirflowFailException, "unknown parameter"):
            self.run_task(2, '{"exit_code": 2, "message": "unknown parameter colour=", "execution": null}')


if __name__ == "__main__":
    unittest.main(verbosity=1)

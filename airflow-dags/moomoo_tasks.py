"""What every moomoo DAG shares: the settings, and the operator that runs one moomoo job.

Each task runs ``moomoo jobs run --json NAME key=value...`` and pushes the job's JSON result to
XCom. The command carries the tested logic (restart, progress, summaries); the DAGs only order it.
Exit codes are the launcher's: 0 completed, 1 failed, 2 usage error, 3 already running, 4 the
database is unreachable.
"""

import json
import os
import shlex
import signal
import subprocess
import threading
from datetime import datetime, timedelta

try:  # Airflow 3
    from airflow.sdk import BaseOperator, Variable
except ImportError:  # Airflow 2
    from airflow.models import BaseOperator, Variable
from airflow.exceptions import AirflowException, AirflowFailException

EXIT_COMPLETED = 0
EXIT_USAGE = 2
EXIT_ALREADY_RUNNING = 3

# Airflow Variable name -> (environment variable, default). A Variable wins over the environment.
SETTINGS = {
    "moomoo_command": ("MOOMOO_COMMAND", "moomoo"),
    "moomoo_username": ("LISTENBRAINZ_USERNAME", ""),
    "moomoo_library": ("MOOMOO_MEDIA_LIBRARY", ""),
    "moomoo_embed_partitions": ("MOOMOO_EMBED_PARTITIONS", "2"),
    "moomoo_own_listenbrainz_user_id": ("MOOMOO_OWN_LISTENBRAINZ_USER_ID", ""),
}

DEFAULT_ARGS = {
    "owner": "moomoo",
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
}

# What every moomoo DAG declares alike: one run at a time, no catch-up of missed intervals.
DAG_ARGS = {
    "start_date": datetime(2026, 1, 1),
    "catchup": False,
    "max_active_runs": 1,
    "default_args": DEFAULT_ARGS,
}


def setting(name):
    """The value of one of SETTINGS: its Airflow Variable, else its environment variable, else the default."""
    environment, default = SETTINGS[name]
    return Variable.get(name, default_var=os.environ.get(environment, default))


def embed_partitions():
    """How many embedding tasks the daily DAG runs side by side (read when the DAG file is parsed)."""
    value = setting("moomoo_embed_partitions")
    try:
        count = int(value)
    except ValueError:
        raise ValueError(f"moomoo_embed_partitions must be a whole number, not {value!r}") from None
    if count < 1:
        raise ValueError(f"moomoo_embed_partitions must be at least 1, not {count}")
    return count


class Setting:
    """A job parameter read from SETTINGS when the task runs, so a changed Variable applies at once."""

    def __init__(self, name, required=False):
        if name not in SETTINGS:
            raise KeyError(f"unknown moomoo setting {name}")
        self.name = name
        self.required = required

    def __repr__(self):
        return f"Setting({self.name!r})"


class MoomooJobOperator(BaseOperator):
    """Runs one moomoo job through the launcher and returns its ``--json`` result (pushed to XCom).

    A usage error fails at once (retrying cannot fix it); "already running" and every other failure
    raise a retryable error, and the retry resumes the job where it stopped.
    """

    template_fields = ()
    ui_color = "#e8f4e8"

    def __init__(self, *, job, parameters=None, **kwargs):
        super().__init__(**kwargs)
        self.job = job
        self.parameters = dict(parameters or {})
        self._process = None

    def arguments(self):
        """The job parameters as key=value words, settings resolved; unset optional settings left out."""
        words = []
        for key, value in self.parameters.items():
            if isinstance(value, Setting):
                resolved = setting(value.name)
                if not resolved:
                    if value.required:
                        variable, (environment, _) = value.name, SETTINGS[value.name]
                        raise AirflowFailException(
                            f"{self.job} needs {key}=: set the Airflow Variable {variable} "
                            f"or the environment variable {environment} on the worker"
                        )
                    continue
                value = resolved
            words.append(f"{key}={value}")
        return words

    def command(self):
        """The whole command line this task runs."""
        return [*shlex.split(setting("moomoo_command")), "jobs", "run", "--json", self.job, *self.arguments()]

    def execute(self, context):
        argv = self.command()
        self.log.info("running %s", shlex.join(argv))
        with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
            self._process = process
            # The job's progress lines go to the task log as they come; its JSON result is on stdout.
            relay = threading.Thread(target=self._log_lines, args=(process.stderr,), daemon=True)
            relay.start()
            output = process.stdout.read()
            code = process.wait()
            relay.join()
        result = self._parse(output)
        if code == EXIT_COMPLETED:
            return result
        execution = result.get("execution") or {}
        message = result.get("message") or execution.get("problem") or output.strip()[-500:]
        if code == EXIT_USAGE:
            raise AirflowFailException(f"{self.job}: usage error (exit 2), not retried: {message}")
        if code == EXIT_ALREADY_RUNNING:
            raise AirflowException(f"{self.job} is already running (exit 3); retrying later")
        raise AirflowException(f"{self.job} failed with exit code {code}: {message}")

    def on_kill(self):
        # Airflow kills the task: stop the job the same way, so its next run resumes it.
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGTERM)

    def _log_lines(self, stream):
        for line in stream:
            self.log.info("%s", line.rstrip("\n"))

    def _parse(self, output):
        text = output.strip()
        if not text:
            return {}
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            self.log.warning("the job's standard output is not JSON: %s", text[-500:])
            return {}
        return parsed if isinstance(parsed, dict) else {"result": parsed}


def job(dag, task_id, job_name, parameters=None, doc="", **kwargs):
    """One MoomooJobOperator task, with its documentation shown in the Airflow UI."""
    operator = MoomooJobOperator(task_id=task_id, dag=dag, job=job_name, parameters=parameters, **kwargs)
    operator.doc_md = f"`moomoo jobs run {job_name}`" + (f": {doc}" if doc else "")
    return operator


def collection_refresh(dag, prefix=""):
    """The five collection jobs, each honouring its refresh schedule, side by side."""
    user = {"username": Setting("moomoo_username")}
    return [
        job(dag, f"{prefix}loved_tracks", "loved-tracks", user, "the loved-tracks collection"),
        job(dag, f"{prefix}revisit_releases", "revisit-releases", user, "albums the user played a lot, then forgot"),
        job(dag, f"{prefix}revisit_tracks", "revisit-tracks", user, "tracks the user played a lot, then forgot"),
        job(dag, f"{prefix}top_artists", "top-artists", user, "artist suggestions from the user's top artists"),
        job(dag, f"{prefix}smart_mixes", "smart-mixes", user, "clusters of the user's recent tracks"),
    ]

"""A DAG that records its tasks; usable as a context manager like the real one."""

import datetime

# The DAG arguments real Airflow 2.4+ and 3 both accept, of those the stand-in knows.
ACCEPTED = {
    "description", "schedule", "start_date", "catchup", "max_active_runs", "default_args",
    "dagrun_timeout", "tags", "doc_md",
}

CURRENT = []
LOADED = []


class DAG:
    def __init__(self, dag_id, **kwargs):
        unknown = set(kwargs) - ACCEPTED
        if unknown:
            raise TypeError(f"DAG {dag_id}: arguments the stand-in does not know: {sorted(unknown)}")
        if not isinstance(kwargs.get("start_date"), datetime.datetime):
            raise TypeError(f"DAG {dag_id}: start_date must be a datetime")
        self.dag_id = dag_id
        self.tasks = {}
        self.default_args = dict(kwargs.pop("default_args", {}) or {})
        for key, value in kwargs.items():
            setattr(self, key, value)
        LOADED.append(self)

    def __enter__(self):
        CURRENT.append(self)
        return self

    def __exit__(self, *exc):
        CURRENT.pop()
        return False

    def add_task(self, task):
        if task.task_id in self.tasks:
            raise ValueError(f"DAG {self.dag_id}: task id {task.task_id} is used twice")
        self.tasks[task.task_id] = task

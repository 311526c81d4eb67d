"""BaseOperator: task arguments, default_args, and the >> / << dependency operators."""

import logging

from airflow.models import dag as dag_module

# The BaseOperator arguments real Airflow accepts, of those the stand-in knows.
ACCEPTED = {
    "task_id", "dag", "owner", "retries", "retry_delay", "retry_exponential_backoff",
    "max_retry_delay", "execution_timeout", "pool", "pool_slots", "doc_md",
}


class BaseOperator:
    def __init__(self, **kwargs):
        unknown = set(kwargs) - ACCEPTED
        if unknown:
            raise TypeError(f"operator arguments the stand-in does not know: {sorted(unknown)}")
        dag = kwargs.pop("dag", None) or (dag_module.CURRENT[-1] if dag_module.CURRENT else None)
        if dag is None:
            raise ValueError(f"task {kwargs.get('task_id')} has no DAG")
        settings = {**{k: v for k, v in dag.default_args.items() if k in ACCEPTED}, **kwargs}
        self.task_id = settings.pop("task_id")
        self.dag = dag
        self.retries = settings.pop("retries", 0)
        self.retry_delay = settings.pop("retry_delay", None)
        self.retry_exponential_backoff = settings.pop("retry_exponential_backoff", False)
        self.max_retry_delay = settings.pop("max_retry_delay", None)
        self.execution_timeout = settings.pop("execution_timeout", None)
        self.pool = settings.pop("pool", "default_pool")
        self.pool_slots = settings.pop("pool_slots", 1)
        self.owner = settings.pop("owner", "airflow")
        self.doc_md = settings.pop("doc_md", None)
        self.upstream_task_ids = set()
        self.downstream_task_ids = set()
        self.log = logging.getLogger(f"airflow.task.{self.task_id}")
        dag.add_task(self)

    def set_downstream(self, other):
        for task in other if isinstance(other, (list, tuple)) else [other]:
            self.downstream_task_ids.add(task.task_id)
            task.upstream_task_ids.add(self.task_id)

    def __rshift__(self, other):
        self.set_downstream(other)
        return other

    def __rrshift__(self, other):
        for task in other:
            task.set_downstream(self)
        return self

    def execute(self, context):
        raise NotImplementedError

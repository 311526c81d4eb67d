from airflow.models.baseoperator import BaseOperator  # noqa: F401
from airflow.models.dag import DAG  # noqa: F401
from airflow.models.variable import Variable  # noqa: F401

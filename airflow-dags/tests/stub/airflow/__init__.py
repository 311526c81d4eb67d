"""A stand-in for the few Airflow classes the moomoo DAGs use, so that the tests load the DAG files
with plain python3. It records what the DAGs declare and refuses arguments real Airflow lacks."""

from airflow.models.dag import DAG  # noqa: F401

"""Airflow's task exceptions: AirflowException is retried, AirflowFailException is not."""


class AirflowException(Exception):
    pass


class AirflowFailException(AirflowException):
    pass

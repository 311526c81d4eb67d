"""Airflow Variables, held in a dict the tests set."""

VALUES = {}


class Variable:
    @staticmethod
    def get(key, default_var=None):
        return VALUES.get(key, default_var)

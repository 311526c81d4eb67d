"""Hourly: new listens and feedback from ListenBrainz, MusicBrainz annotations, then the
collections refresh on the models the daily DAG built (DESIGN section 2)."""

from datetime import timedelta

from airflow import DAG

from moomoo_tasks import DAG_ARGS, Setting, collection_refresh, job

with DAG(
    dag_id="moomoo_hourly",
    description="listens, feedback and annotations from ListenBrainz and MusicBrainz; collections refresh",
    schedule="@hourly",
    **DAG_ARGS,
    dagrun_timeout=timedelta(minutes=55),
    tags=["moomoo", "ingest"],
    doc_md=__doc__,
) as dag:
    user = {"username": Setting("moomoo_username")}
    listens = job(
        dag,
        "listens",
        "listens",
        {**user, "since-last": "true", "buffer-days": "1"},
        "the user's listens since the newest stored one (a day of overlap; upserts never duplicate)",
        execution_timeout=timedelta(minutes=30),
    )
    feedback = job(
        dag, "listenbrainz_feedback", "listenbrainz-feedback", user, "the user's loved and hated recordings"
    )
    annotate = job(
        dag,
        "annotate_mbids",
        "annotate-mbids",
        {},
        "MusicBrainz lookups of new, failed and stale MBIDs; the musicbrainz pool keeps 1 request/s",
        pool="musicbrainz",
        execution_timeout=timedelta(minutes=50),
    )
    models = job(dag, "build_models", "build-models", {}, "rebuild and publish the SQL models")
    [listens, feedback] >> annotate >> models >> collection_refresh(dag)

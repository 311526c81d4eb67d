"""Weekly: the ListenBrainz and MusicBrainz data dumps, the artist-similarity model fitted on the
dumps, the conditioner refitted on the whole library, and the backtest of the playlists."""

from datetime import timedelta

from airflow import DAG

from moomoo_tasks import DAG_ARGS, Setting, job

with DAG(
    dag_id="moomoo_weekly",
    description="data dumps, artist similarity (ALS), conditioner refit, evaluate",
    schedule="@weekly",
    **DAG_ARGS,
    tags=["moomoo", "dumps"],
    doc_md=__doc__,
) as dag:
    listenbrainz_dump = job(
        dag,
        "listenbrainz_data_dump",
        "listenbrainz-data-dump",
        {},
        "listen counts per user and artist from the new incremental dumps (FTP)",
        execution_timeout=timedelta(hours=12),
    )
    similarity = job(
        dag,
        "update_artist_similarity_matrix",
        "update-artist-similarity-matrix",
        {"own-user-id": Setting("moomoo_own_listenbrainz_user_id")},
        "fit the artist factors (ALS) on a year of dump counts",
        execution_timeout=timedelta(hours=4),
    )
    musicbrainz_dump = job(
        dag,
        "musicbrainz_data_dump",
        "musicbrainz-data-dump",
        {},
        "mark the annotations of changed MusicBrainz entities stale",
    )
    conditioner = job(
        dag, "conditioner_build", "conditioner-build", {}, "refit the conditioner on the whole library"
    )
    models = job(dag, "build_models", "build-models", {}, "the models on the new factors and vectors")
    evaluate = job(
        dag,
        "evaluate",
        "evaluate",
        {"username": Setting("moomoo_username")},
        "the backtest of every generator on the user's last weeks of listens",
        execution_timeout=timedelta(hours=1),
    )
    listenbrainz_dump >> similarity
    [similarity, musicbrainz_dump, conditioner] >> models >> evaluate

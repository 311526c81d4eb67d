"""Daily: ingest (local files, similar users, artist stats, msid map, annotations), build the
models, embed new files in partitions, condition the vectors, build the models again, refresh the
collections (DESIGN section 2)."""

from datetime import timedelta

from airflow import DAG

from moomoo_tasks import DAG_ARGS, Setting, collection_refresh, embed_partitions, job

with DAG(
    dag_id="moomoo_daily",
    description="local files, embeddings, conditioner, models and collections",
    schedule="@daily",
    **DAG_ARGS,
    tags=["moomoo", "library"],
    doc_md=__doc__,
) as dag:
    library = {"library": Setting("moomoo_library", required=True)}
    user = {"username": Setting("moomoo_username")}
    local_files = job(dag, "local_files", "local-files", library, "scan the music folder for new, changed and removed files")
    similar_users = job(
        dag, "similar_user_activity", "similar-user-activity", user, "what the user's similar users played"
    )
    artist_stats = job(dag, "artist_stats", "artist-stats", {}, "ListenBrainz listener counts of the library's artists")
    msid_map = job(dag, "msid_map", "msid-map", {}, "MessyBrainz ids of the library's files")
    annotate = job(
        dag,
        "annotate_mbids",
        "annotate-mbids",
        {},
        "MusicBrainz lookups of new, failed and stale MBIDs; the musicbrainz pool keeps 1 request/s",
        pool="musicbrainz",
        execution_timeout=timedelta(hours=6),
    )
    models_before = job(dag, "build_models", "build-models", {}, "the models the embedding step reads")
    count = embed_partitions()
    embeds = [
        job(
            dag,
            f"embed_{i}_of_{count}",
            "embed",
            {**library, "partition": f"{i}/{count}"},
            f"embed share {i} of {count} of the files without a vector",
            execution_timeout=timedelta(hours=12),
        )
        for i in range(count)
    ]
    condition = job(dag, "conditioner_apply", "conditioner-apply", {}, "condition the new vectors")
    models_after = job(
        dag, "build_models_after_embed", "build-models", {}, "the models again, now with the new vectors"
    )
    local_files >> [msid_map, annotate]
    [similar_users, artist_stats, msid_map, annotate] >> models_before >> embeds
    embeds >> condition >> models_after >> collection_refresh(dag)

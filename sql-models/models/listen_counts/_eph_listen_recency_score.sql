{{ config(materialized='ephemeral') }}

-- Each listen with its recency terms r(d) and inv(d) (macros/listen_scores.sql).
with mapped_listens as (
  select
    l.listen_md5,
    l.username,
    l.recording_mbid,
    l.release_mbid,
    r.release_group_mbid,
    l.artist_mbids,
    l.listen_at_ts_utc,
    {{ recency_days('l.listen_at_ts_utc') }} as listen_recency_days
  from {{ ref('listens') }} as l
  join {{ ref('releases') }} as r on r.release_mbid = l.release_mbid
  where l.recording_mbid is not null
    and l.artist_mbids is not null
)

select
  m.listen_md5,
  m.username,
  m.recording_mbid,
  m.release_mbid,
  m.release_group_mbid,
  m.artist_mbids,
  m.listen_at_ts_utc,
  m.listen_recency_days,
  {{ recency_pct('m.listen_recency_days') }} as recency_pct,
  {{ inv_recency_pct('m.listen_recency_days') }} as inv_recency_pct
from mapped_listens as m

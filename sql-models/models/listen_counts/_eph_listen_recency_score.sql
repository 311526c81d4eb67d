{{ config(materialized='ephemeral') }}

-- d is the whole-day part of (now - listen time). A listen counts r(d) = e^(-0.1 d) towards recency
-- and inv(d) = 1 - min(r(d), e^(-0.1)) towards revisiting: capping r at one day keeps inv above 0.
-- Both are double precision (numeric exp and ln cost seconds per million listens); d is capped at
-- 7000 days, where r is below 1e-304 already, because exp underflows to an error past ~7450.
with mapped_listens as (
  select
    l.listen_md5,
    l.username,
    l.recording_mbid,
    l.release_mbid,
    r.release_group_mbid,
    l.artist_mbids,
    l.listen_at_ts_utc,
    extract(day from {{ now() }} - l.listen_at_ts_utc) as listen_recency_days
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
  exp(-0.1 * least(m.listen_recency_days, 7000)::double precision) as recency_pct,
  1 - least(exp(-0.1 * least(m.listen_recency_days, 7000)::double precision), exp(-0.1)) as inv_recency_pct
from mapped_listens as m

{{ config(materialized='table', indexes=[
     {'columns': ['username', 'filepath'], 'unique': true}]) }}

-- A listen of a recording present in k files gives each file 1/k of a listen (an album track that
-- is also on a compilation gives 0.5 to each). The recency and revisit scores count each attributed
-- listen whole.
with attributed_listens as (
  select
    l.listen_md5,
    l.username,
    l.listen_at_ts_utc,
    m.filepath,
    1.0::double precision / count(*) over (partition by l.listen_md5) as listen_share,
    extract(day from {{ now() }} - l.listen_at_ts_utc) as listen_recency_days
  from {{ ref('listens') }} as l
  join {{ ref('map__file_recording') }} as m on m.recording_mbid = l.recording_mbid
),

-- The recency terms of _eph_listen_recency_score (see there for the 7000-day cap).
scored_listens as (
  select
    a.listen_md5,
    a.username,
    a.listen_at_ts_utc,
    a.filepath,
    a.listen_share,
    exp(-0.1 * least(a.listen_recency_days, 7000)::double precision) as recency_pct,
    1 - least(exp(-0.1 * least(a.listen_recency_days, 7000)::double precision), exp(-0.1)) as inv_recency_pct
  from attributed_listens as a
),

file_listens as (
  select
    a.filepath,
    a.username,
    sum(a.listen_share) as lifetime_listen_count,
    coalesce(sum(a.listen_share) filter (
      where a.listen_at_ts_utc >= {{ now() }} - interval '7 days'), 0) as last07_listen_count,
    coalesce(sum(a.listen_share) filter (
      where a.listen_at_ts_utc >= {{ now() }} - interval '30 days'), 0) as last30_listen_count,
    coalesce(sum(a.listen_share) filter (
      where a.listen_at_ts_utc >= {{ now() }} - interval '90 days'), 0) as last90_listen_count,
    round(sum(a.recency_pct)::numeric, 5) as recency_score,
    -- a product below e^-700 is 0 for our purposes, and exp would underflow to an error
    case when sum(ln(a.inv_recency_pct)) < -700 then 0 else exp(sum(ln(a.inv_recency_pct))) end
      * ln(count(*) + 1) as revisit_score
  from scored_listens as a
  group by a.filepath, a.username
)

select
  {{ md5key('fl.filepath', 'fl.username') }} as filepath_username_id,
  fl.filepath,
  fl.username,
  f.track_name::text as track_name,
  f.album_name::text as album_name,
  f.artist_name::text as artist_name,
  f.album_artist_name::text as album_artist_name,
  fl.lifetime_listen_count,
  fl.last07_listen_count,
  fl.last30_listen_count,
  fl.last90_listen_count,
  fl.recency_score,
  fl.revisit_score
from file_listens as fl
join {{ ref('local_files') }} as f on f.filepath = fl.filepath

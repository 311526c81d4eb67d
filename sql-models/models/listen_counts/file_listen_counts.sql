{{ config(materialized='table', indexes=[
     {'columns': ['username', 'filepath'], 'unique': true}]) }}

-- A listen of a recording present in k files gives each file 1/k of a listen (an album track that
-- is also on a compilation gives 0.5 to each). The recency and revisit scores count each attributed
-- listen whole. k depends on the recording only, so listens are summed per (user, recording) first
-- and then spread over the recording's files.
with recording_file_counts as (
  select
    m.recording_mbid,
    count(*) as file_count
  from {{ ref('map__file_recording') }} as m
  group by m.recording_mbid
),

-- The recency terms of macros/listen_scores.sql.
scored_listens as (
  select
    l.username,
    l.recording_mbid,
    l.listen_at_ts_utc,
    {{ recency_pct('d.listen_recency_days') }} as recency_pct,
    {{ inv_recency_pct('d.listen_recency_days') }} as inv_recency_pct
  from {{ ref('listens') }} as l
  cross join lateral (
    select {{ recency_days('l.listen_at_ts_utc') }} as listen_recency_days
  ) as d
  where exists (select 1 from recording_file_counts as c where c.recording_mbid = l.recording_mbid)
),

user_recording_listens as (
  select
    s.username,
    s.recording_mbid,
    count(*) as listen_count,
    count(*) filter (where {{ listened_since('s.listen_at_ts_utc', 7) }}) as last07_listen_count,
    count(*) filter (where {{ listened_since('s.listen_at_ts_utc', 30) }}) as last30_listen_count,
    count(*) filter (where {{ listened_since('s.listen_at_ts_utc', 90) }}) as last90_listen_count,
    sum(s.recency_pct) as recency_sum,
    sum(ln(s.inv_recency_pct)) as ln_inv_recency_sum
  from scored_listens as s
  group by s.username, s.recording_mbid
),

file_listens as (
  select
    m.filepath,
    u.username,
    sum(u.listen_count::double precision / c.file_count) as lifetime_listen_count,
    sum(u.last07_listen_count::double precision / c.file_count) as last07_listen_count,
    sum(u.last30_listen_count::double precision / c.file_count) as last30_listen_count,
    sum(u.last90_listen_count::double precision / c.file_count) as last90_listen_count,
    round(sum(u.recency_sum)::numeric, 5) as recency_score,
    {{ revisit_score('sum(u.ln_inv_recency_sum)', 'sum(u.listen_count)::double precision') }} as revisit_score
  from user_recording_listens as u
  join recording_file_counts as c on c.recording_mbid = u.recording_mbid
  join {{ ref('map__file_recording') }} as m on m.recording_mbid = u.recording_mbid
  group by m.filepath, u.username
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

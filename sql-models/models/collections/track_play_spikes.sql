{{ config(materialized='table', indexes=[
     {'columns': ['start_listen_md5'], 'unique': true},
     {'columns': ['recording_mbid']},
     {'columns': ['username']},
     {'columns': ['period_start_at_utc']}]) }}

-- A spike starts at a listen followed by at least 5 more plays of the same recording by the same
-- user within the next 24 hours (both bounds strict).
with spike_candidates as (
  select
    l0.listen_md5 as start_listen_md5,
    l0.recording_mbid,
    l0.username,
    l0.listen_at_ts_utc as period_start_at_utc,
    count(*) as next_24h_listen_count,
    l0.track_name,
    l0.release_name,
    l0.artist_name
  from {{ ref('listens') }} as l0
  join {{ ref('listens') }} as ln
    on ln.username = l0.username
    and ln.recording_mbid = l0.recording_mbid
    and ln.listen_at_ts_utc > l0.listen_at_ts_utc
    and ln.listen_at_ts_utc < l0.listen_at_ts_utc + interval '1 day'
  where l0.recording_mbid is not null
  group by
    l0.listen_md5, l0.recording_mbid, l0.username, l0.listen_at_ts_utc,
    l0.track_name, l0.release_name, l0.artist_name
  having count(*) >= 5
)

-- A candidate gives way only to a stronger one of the same user and recording starting less than
-- 24 hours away: more plays, or as many plays and an earlier start (then the smaller listen_md5).
select
  c.start_listen_md5,
  c.recording_mbid,
  c.username::text as username,
  c.period_start_at_utc,
  c.next_24h_listen_count,
  c.track_name,
  c.release_name,
  c.artist_name
from spike_candidates as c
where not exists (
  select 1
  from spike_candidates as stronger
  where stronger.username = c.username
    and stronger.recording_mbid = c.recording_mbid
    and stronger.period_start_at_utc > c.period_start_at_utc - interval '24 hours'
    and stronger.period_start_at_utc < c.period_start_at_utc + interval '24 hours'
    and (
      stronger.next_24h_listen_count > c.next_24h_listen_count
      or (
        stronger.next_24h_listen_count = c.next_24h_listen_count
        and (stronger.period_start_at_utc, stronger.start_listen_md5) < (c.period_start_at_utc, c.start_listen_md5)
      )
    )
)

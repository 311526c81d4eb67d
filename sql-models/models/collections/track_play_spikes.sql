{{ config(materialized='table', indexes=[
     {'columns': ['start_listen_md5'], 'unique': true},
     {'columns': ['recording_mbid']},
     {'columns': ['username']},
     {'columns': ['period_start_at_utc']}]) }}

-- A spike starts at a listen followed by at least 5 more plays of the same recording by the same
-- user within the next 24 hours (both bounds strict): the listens in [t, t + 1 day - 1 us] less
-- those at exactly t.
with recording_listens as (
  select
    l.listen_md5,
    l.recording_mbid,
    l.username,
    l.listen_at_ts_utc,
    l.track_name,
    l.release_name,
    l.artist_name,
    count(*) over (
      partition by l.username, l.recording_mbid
      order by l.listen_at_ts_utc
      range between current row and interval '86399.999999 seconds' following
    ) - count(*) over (partition by l.username, l.recording_mbid, l.listen_at_ts_utc) as next_24h_listen_count
  from {{ ref('listens') }} as l
  where l.recording_mbid is not null
),

spike_candidates as (
  select
    r.listen_md5 as start_listen_md5,
    r.recording_mbid,
    r.username,
    r.listen_at_ts_utc as period_start_at_utc,
    r.next_24h_listen_count,
    r.track_name,
    r.release_name,
    r.artist_name
  from recording_listens as r
  where r.next_24h_listen_count >= 5
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

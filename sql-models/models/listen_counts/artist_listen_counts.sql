{{ config(materialized='table', indexes=[
     {'columns': ['user_artist_key'], 'unique': true},
     {'columns': ['artist_mbid']},
     {'columns': ['username']}]) }}

-- A listen credited to two artists counts once for each. A JSON null or non-array artist_mbids
-- credits nobody. Each distinct MBID text is cast once, not once per listen.
with credited_listens as (
  select
    s.username,
    c.artist_mbid_text,
    s.recording_mbid,
    s.release_group_mbid,
    s.listen_at_ts_utc,
    s.listen_recency_days,
    s.recency_pct,
    s.inv_recency_pct
  from {{ ref('_eph_listen_recency_score') }} as s
  cross join lateral jsonb_array_elements_text(
    case when jsonb_typeof(s.artist_mbids) = 'array' then s.artist_mbids end
  ) as c (artist_mbid_text)
),

artist_ids as (
  select
    t.artist_mbid_text,
    {{ try_uuid('t.artist_mbid_text') }} as artist_mbid
  from (select distinct c.artist_mbid_text from credited_listens as c) as t
),

artist_listens as (
  select
    c.username,
    i.artist_mbid,
    c.recording_mbid,
    c.release_group_mbid,
    c.listen_at_ts_utc,
    c.listen_recency_days,
    c.recency_pct,
    c.inv_recency_pct
  from credited_listens as c
  join artist_ids as i on i.artist_mbid_text = c.artist_mbid_text
)

select
  {{ md5key('a.username', 'a.artist_mbid') }} as user_artist_key,
  a.username,
  a.artist_mbid,
  max(r.artist_name) as artist_name,
  min(a.listen_recency_days) as listen_recency_days,
  round(avg(a.listen_recency_days)) as avg_listen_recency_days,
  round(sum(a.recency_pct)::numeric, 5) as recency_score,
  {{ revisit_score('sum(ln(a.inv_recency_pct))', 'count(*)') }} as revisit_score,
  count(*) as lifetime_listen_count,
  count(distinct a.recording_mbid) as lifetime_recording_count,
  count(distinct a.release_group_mbid) as lifetime_release_group_count{{ window_counts('a.listen_at_ts_utc',
      [14, 30, 60, 90], [['recording', 'a.recording_mbid'], ['release_group', 'a.release_group_mbid']]) }}
from artist_listens as a
join {{ ref('artists') }} as r on r.artist_mbid = a.artist_mbid
group by a.username, a.artist_mbid

{{ config(materialized='table', indexes=[
     {'columns': ['user_release_key'], 'unique': true},
     {'columns': ['release_mbid']},
     {'columns': ['username']}]) }}

select
  {{ md5key('s.username', 's.release_mbid') }} as user_release_key,
  s.username,
  s.release_mbid,
  max(r.release_title) as release_title,
  max(r.artist_credit_phrase) as artist_credit_phrase,
  min(s.listen_recency_days) as listen_recency_days,
  round(avg(s.listen_recency_days)) as avg_listen_recency_days,
  round(sum(s.recency_pct)::numeric, 5) as recency_score,
  {{ revisit_score('sum(ln(s.inv_recency_pct))', 'count(*)') }} as revisit_score,
  count(*) as lifetime_listen_count,
  count(distinct s.recording_mbid) as lifetime_recording_count{{ window_counts('s.listen_at_ts_utc',
      [14, 30, 60, 90], [['recording', 's.recording_mbid']]) }}
from {{ ref('_eph_listen_recency_score') }} as s
join {{ ref('releases') }} as r on r.release_mbid = s.release_mbid
group by s.username, s.release_mbid

{{ config(materialized='table', indexes=[
     {'columns': ['user_recording_key'], 'unique': true},
     {'columns': ['recording_mbid']},
     {'columns': ['username']}]) }}

select
  {{ md5key('s.username', 's.recording_mbid') }} as user_recording_key,
  s.username,
  s.recording_mbid,
  max(r.recording_title) as recording_title,
  max(r.artist_credit_phrase) as artist_credit_phrase,
  min(s.listen_recency_days) as listen_recency_days,
  round(avg(s.listen_recency_days)) as avg_listen_recency_days,
  round(sum(s.recency_pct)::numeric, 5) as recency_score,
  {{ revisit_score('sum(ln(s.inv_recency_pct))', 'count(*)') }} as revisit_score,
  count(*) as lifetime_listen_count{{ window_counts('s.listen_at_ts_utc', [14, 30, 60, 90, 120, 150]) }}
from {{ ref('_eph_listen_recency_score') }} as s
join {{ ref('recordings') }} as r on r.recording_mbid = s.recording_mbid
group by s.username, s.recording_mbid

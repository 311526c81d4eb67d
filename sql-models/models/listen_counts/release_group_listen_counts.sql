{{ config(materialized='table', indexes=[
     {'columns': ['user_release_group_key'], 'unique': true},
     {'columns': ['release_group_mbid']},
     {'columns': ['username']}]) }}

select
  {{ md5key('s.username', 's.release_group_mbid') }} as user_release_group_key,
  s.username,
  s.release_group_mbid,
  max(g.release_group_title) as release_group_title,
  max(g.artist_credit_phrase) as artist_credit_phrase,
  min(s.listen_recency_days) as listen_recency_days,
  round(avg(s.listen_recency_days)) as avg_listen_recency_days,
  round(sum(s.recency_pct)::numeric, 5) as recency_score,
  -- a product below e^-700 is 0 for our purposes, and exp would underflow to an error
  case when sum(ln(s.inv_recency_pct)) < -700 then 0 else exp(sum(ln(s.inv_recency_pct))) end
    * ln(count(*) + 1) as revisit_score,
  count(*) as lifetime_listen_count,
  count(distinct s.recording_mbid) as lifetime_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '14 days') as last14_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '14 days') as last14_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '30 days') as last30_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '30 days') as last30_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '60 days') as last60_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '60 days') as last60_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '90 days') as last90_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '90 days') as last90_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '120 days') as last120_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '120 days') as last120_recording_count,
  count(*) filter (where s.listen_at_ts_utc >= {{ now() }} - interval '150 days') as last150_listen_count,
  count(distinct s.recording_mbid) filter (
    where s.listen_at_ts_utc >= {{ now() }} - interval '150 days') as last150_recording_count
from {{ ref('_eph_listen_recency_score') }} as s
join {{ ref('release_groups') }} as g on g.release_group_mbid = s.release_group_mbid
group by s.username, s.release_group_mbid

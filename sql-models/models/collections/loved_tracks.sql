{{ config(materialized='table', indexes=[
     {'columns': ['username', 'filepath'], 'unique': true}]) }}

-- A track is loved when its recording got a love (feedback score 1) or a play spike.
with love_events as (
  select
    f.username,
    f.recording_mbid,
    f.feedback_at as love_at
  from {{ ref('listenbrainz_feedback') }} as f
  where f.score = 1
  union all
  select
    s.username,
    s.recording_mbid,
    s.period_start_at_utc
  from {{ ref('track_play_spikes') }} as s
)

select
  e.username::varchar as username,
  m.filepath,
  array_agg(distinct e.recording_mbid order by e.recording_mbid) as recording_mbids,
  min(e.love_at) as love_at
from love_events as e
join {{ ref('map__file_recording') }} as m on m.recording_mbid = e.recording_mbid
group by e.username, m.filepath

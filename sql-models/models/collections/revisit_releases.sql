{{ config(materialized='table', indexes=[
     {'columns': ['release_group_mbid', 'username'], 'unique': true},
     {'columns': ['username']}]) }}

-- Albums (4 to 20 recordings: no singles, no box sets) played a lot 90 to 150 days ago and little
-- in the last 30 days.
select
  c.release_group_mbid,
  c.release_group_title,
  c.artist_credit_phrase as artist_name,
  c.username,
  c.revisit_score,
  c.lifetime_recording_count as num_recordings,
  c.last150_listen_count - c.last90_listen_count as listens_old,
  c.last90_listen_count as listens_recent
from {{ ref('release_group_listen_counts') }} as c
where c.lifetime_recording_count between 4 and 20
  and c.last30_listen_count < 5
  and c.last150_listen_count - c.last90_listen_count >= 5
  and c.last150_listen_count - c.last90_listen_count >= 1.5 * c.lifetime_recording_count
  and c.revisit_score > 1.05

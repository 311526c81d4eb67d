{{ config(materialized='table', indexes=[
     {'columns': ['recording_mbid', 'username'], 'unique': true},
     {'columns': ['username']},
     {'columns': ['artist_mbid']},
     {'columns': ['album_artist_mbid']}]) }}

-- Recordings played at least twice 90 to 150 days ago, at most twice since and never in the last
-- 14 days. The revisit_score threshold 1.05 is about (1 - 0.05) * ln 3: three listens ~30 days ago.
with revisit_candidates as (
  select
    c.recording_mbid,
    c.username,
    c.recording_title,
    c.artist_credit_phrase,
    c.revisit_score,
    c.last150_listen_count - c.last90_listen_count as listens_old,
    c.last90_listen_count as listens_recent
  from {{ ref('recording_listen_counts') }} as c
  where c.last90_listen_count <= 2
    and c.last14_listen_count = 0
    and c.last150_listen_count - c.last90_listen_count >= 2
    and c.revisit_score > 1.05
),

-- One file per recording and user, chosen stably but arbitrarily by the MD5 of its path; a file
-- with an artist MBID tag first, else one known by name only (DESIGN 9.19).
candidate_files as (
  select
    c.recording_mbid,
    c.username,
    f.filepath,
    c.recording_title,
    c.artist_credit_phrase,
    f.artist_mbid,
    f.album_artist_mbid,
    c.revisit_score,
    c.listens_old,
    c.listens_recent,
    row_number() over (
      partition by c.recording_mbid, c.username
      order by f.artist_mbid is null, md5(f.filepath), f.filepath
    ) as file_rank
  from revisit_candidates as c
  join {{ ref('map__file_recording') }} as m on m.recording_mbid = c.recording_mbid
  join {{ ref('local_files') }} as f on f.filepath = m.filepath
)

select
  cf.recording_mbid,
  cf.username,
  cf.filepath,
  cf.recording_title,
  cf.artist_credit_phrase as artist_name,
  cf.artist_mbid,
  cf.album_artist_mbid,
  cf.revisit_score,
  cf.listens_old,
  cf.listens_recent
from candidate_files as cf
where cf.file_rank = 1

{{ config(materialized='table', indexes=[
     {'columns': ['filepath'], 'unique': true},
     {'columns': ['recording_mbid']}]) }}

-- Files that no MBID links to a recording (no recording tag, no name-map recording), matched to the
-- listens ListenBrainz mapped by normalised artist + title, and album when both have one
-- (DESIGN 9.19, macros/name_keys.sql). A file takes the recording, release and artists of its most
-- listened match; the map__file_* models add them after their MBID candidates.
with mbid_linked as (
  select f.filepath
  from {{ ref('local_files') }} as f
  where f.recording_mbid is not null
  union
  select f.filepath
  from {{ ref('local_files') }} as f
  join {{ ref('messybrainz_name_map') }} as n on n.recording_md5 = f.recording_md5
  where n.recording_mbid is not null
),

unlinked_files as (
  select
    f.filepath,
    {{ name_key('f.artist_name') }} as artist_key,
    {{ name_key('f.track_name') }} as title_key,
    {{ name_key('f.album_name') }} as album_key
  from {{ ref('local_files') }} as f
  where not exists (select 1 from mbid_linked as l where l.filepath = f.filepath)
),

-- Names are normalised once per distinct spelling, not once per listen.
listened_names as (
  select
    l.artist_name,
    l.track_name,
    l.release_name,
    l.recording_mbid,
    l.release_mbid,
    l.artist_mbids,
    count(*) as listen_count
  from {{ ref('listens') }} as l
  where l.recording_mbid is not null
  group by l.artist_name, l.track_name, l.release_name, l.recording_mbid, l.release_mbid, l.artist_mbids
),

listened_keys as (
  select
    {{ name_key('n.artist_name') }} as artist_key,
    {{ name_key('n.track_name') }} as title_key,
    {{ name_key('n.release_name') }} as album_key,
    n.recording_mbid,
    n.release_mbid,
    n.artist_mbids,
    n.listen_count
  from listened_names as n
),

matches as (
  select
    f.filepath,
    k.recording_mbid,
    k.release_mbid,
    k.artist_mbids,
    sum(k.listen_count)::bigint as matched_listens
  from unlinked_files as f
  join listened_keys as k on k.artist_key = f.artist_key and k.title_key = f.title_key
  where f.album_key is null or k.album_key is null or k.album_key = f.album_key
  group by f.filepath, k.recording_mbid, k.release_mbid, k.artist_mbids
),

ranked as (
  select
    m.*,
    row_number() over (
      partition by m.filepath
      order by m.matched_listens desc, m.recording_mbid, m.release_mbid, m.artist_mbids::text
    ) as match_rank
  from matches as m
)

select
  r.filepath,
  r.recording_mbid,
  r.release_mbid,
  case when jsonb_typeof(r.artist_mbids) = 'array' then r.artist_mbids end as artist_mbids,
  r.matched_listens
from ranked as r
where r.match_rank = 1

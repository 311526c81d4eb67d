{{ config(materialized='table', indexes=[
     {'columns': ['filepath', 'artist_mbid'], 'unique': true},
     {'columns': ['artist_mbid']}]) }}

-- Every artist the lookup credits plus the file's artist and album-artist tags.
with name_map_candidates as (
  select
    f.filepath,
    {{ try_uuid('a.artist_mbid_text') }} as artist_mbid
  from {{ ref('local_files') }} as f
  join {{ ref('messybrainz_name_map') }} as n on n.recording_md5 = f.recording_md5
  cross join lateral jsonb_array_elements_text(
    case when jsonb_typeof(n.artist_mbids) = 'array' then n.artist_mbids end
  ) as a (artist_mbid_text)
),

tag_candidates as (
  select
    f.filepath,
    f.artist_mbid
  from {{ ref('local_files') }} as f
  union all
  select
    f.filepath,
    f.album_artist_mbid
  from {{ ref('local_files') }} as f
)

select
  c.filepath,
  c.artist_mbid
from name_map_candidates as c
where c.artist_mbid is not null
union
select
  t.filepath,
  t.artist_mbid
from tag_candidates as t
where t.artist_mbid is not null

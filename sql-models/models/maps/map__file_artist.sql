{{ config(materialized='table', indexes=[
     {'columns': ['filepath', 'artist_mbid'], 'unique': true},
     {'columns': ['artist_mbid']}]) }}

-- Every artist the lookup credits plus the file's artist and album-artist tags. A file with none
-- gets every artist of the listens its names matched (map__file_listen_name).
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
union
select
  l.filepath,
  l.artist_mbid
from (
  select
    n.filepath,
    {{ try_uuid('a.artist_mbid_text') }} as artist_mbid
  from {{ ref('map__file_listen_name') }} as n
  cross join lateral jsonb_array_elements_text(n.artist_mbids) as a (artist_mbid_text)
) as l
where l.artist_mbid is not null
  and not exists (select 1 from name_map_candidates as c where c.filepath = l.filepath and c.artist_mbid is not null)
  and not exists (select 1 from tag_candidates as t where t.filepath = l.filepath and t.artist_mbid is not null)

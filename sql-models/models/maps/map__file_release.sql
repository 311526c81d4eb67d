{{ config(materialized='table', indexes=[
     {'columns': ['filepath', 'release_mbid'], 'unique': true},
     {'columns': ['release_mbid']}]) }}

-- Both MBID candidates are kept, with no precedence: a file whose tag and lookup disagree has two
-- rows. A file with neither gets the release of the listens its names matched (map__file_listen_name).
with name_map_candidates as (
  select
    f.filepath,
    n.release_mbid as release_mbid
  from {{ ref('local_files') }} as f
  join {{ ref('messybrainz_name_map') }} as n on n.recording_md5 = f.recording_md5
  where n.release_mbid is not null
),

tag_candidates as (
  select
    f.filepath,
    f.release_mbid
  from {{ ref('local_files') }} as f
  where f.release_mbid is not null
)

select
  c.filepath,
  c.release_mbid
from name_map_candidates as c
union
select
  t.filepath,
  t.release_mbid
from tag_candidates as t
union
select
  l.filepath,
  l.release_mbid
from {{ ref('map__file_listen_name') }} as l
where l.release_mbid is not null
  and not exists (select 1 from name_map_candidates as c where c.filepath = l.filepath)
  and not exists (select 1 from tag_candidates as t where t.filepath = l.filepath)

{{ config(materialized='table', indexes=[
     {'columns': ['filepath', 'recording_mbid'], 'unique': true},
     {'columns': ['recording_mbid']}]) }}

-- Both candidates are kept, with no precedence: a file whose tag and lookup disagree has two rows.
with name_map_candidates as (
  select
    f.filepath,
    n.recording_mbid as recording_mbid
  from {{ ref('local_files') }} as f
  join {{ ref('messybrainz_name_map') }} as n on n.recording_md5 = f.recording_md5
  where n.recording_mbid is not null
),

tag_candidates as (
  select
    f.filepath,
    f.recording_mbid
  from {{ ref('local_files') }} as f
  where f.recording_mbid is not null
)

select
  c.filepath,
  c.recording_mbid
from name_map_candidates as c
union
select
  t.filepath,
  t.recording_mbid
from tag_candidates as t

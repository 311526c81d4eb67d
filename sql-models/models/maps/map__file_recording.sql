{{ config(materialized='table', count_by='match_rule', indexes=[
     {'columns': ['filepath', 'recording_mbid'], 'unique': true},
     {'columns': ['recording_mbid']}]) }}

-- Both MBID candidates are kept, with no precedence: a file whose tag and lookup disagree has two
-- rows. Files that neither links get the recording their names matched in the listens
-- (map__file_listen_name). match_rule says which rule found a row, the tag before the lookup when
-- both agree; the build summary counts the files of each rule.
with candidates as (
  select
    f.filepath,
    f.recording_mbid,
    1 as rule_order,
    'tag' as match_rule
  from {{ ref('local_files') }} as f
  where f.recording_mbid is not null
  union all
  select
    f.filepath,
    n.recording_mbid,
    2,
    'name_map'
  from {{ ref('local_files') }} as f
  join {{ ref('messybrainz_name_map') }} as n on n.recording_md5 = f.recording_md5
  where n.recording_mbid is not null
  union all
  select
    l.filepath,
    l.recording_mbid,
    3,
    'listen_name'
  from {{ ref('map__file_listen_name') }} as l
)

select distinct on (c.filepath, c.recording_mbid)
  c.filepath,
  c.recording_mbid,
  c.match_rule::varchar as match_rule
from candidates as c
order by c.filepath, c.recording_mbid, c.rule_order

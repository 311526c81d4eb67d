{{ config(materialized='table', indexes=[
     {'columns': ['mbid'], 'unique': true},
     {'columns': ['entity']}]) }}

-- Annotated artists contribute their releases and annotated releases their release groups, so the
-- list grows over build -> annotate -> build cycles: that is how new releases are discovered.
with artist_release_ids as (
  select {{ try_uuid(json_get('e.release', ['id'])) }} as mbid
  from {{ ref('artists') }} as a
  cross join lateral jsonb_path_query(a.release_list, '$[*]') as e (release)
),

release_mbids as (
  select l.release_mbid as mbid from {{ ref('listens') }} as l
  union
  select f.release_mbid from {{ ref('local_files') }} as f
  union
  select n.release_mbid from {{ ref('messybrainz_name_map') }} as n
  union
  select s.mbid from {{ ref('similar_user_activity') }} as s where s.entity = 'release'
  union
  select r.mbid from artist_release_ids as r
),

release_group_mbids as (
  select f.release_group_mbid as mbid from {{ ref('local_files') }} as f
  union
  select n.release_group_mbid from {{ ref('messybrainz_name_map') }} as n
  union
  select r.release_group_mbid from {{ ref('releases') }} as r
),

recording_mbids as (
  select l.recording_mbid as mbid from {{ ref('listens') }} as l
  union
  select n.recording_mbid from {{ ref('messybrainz_name_map') }} as n
  union
  select f.recording_mbid from {{ ref('local_files') }} as f
  union
  select s.mbid from {{ ref('similar_user_activity') }} as s where s.entity = 'recording'
  union
  select b.recording_mbid from {{ ref('listenbrainz_feedback') }} as b
),

credited_artist_ids as (
  select l.artist_mbids as artist_mbids from {{ ref('listens') }} as l
  union all
  select n.artist_mbids from {{ ref('messybrainz_name_map') }} as n
),

-- Each distinct MBID text is cast once, not once per listen.
credited_artist_texts as (
  select distinct e.artist_mbid_text
  from credited_artist_ids as c
  cross join lateral jsonb_array_elements_text(
    case when jsonb_typeof(c.artist_mbids) = 'array' then c.artist_mbids end
  ) as e (artist_mbid_text)
),

artist_mbids as (
  select {{ try_uuid('t.artist_mbid_text') }} as mbid
  from credited_artist_texts as t
  union
  select f.artist_mbid from {{ ref('local_files') }} as f
  union
  select f.album_artist_mbid from {{ ref('local_files') }} as f
  union
  select s.mbid from {{ ref('similar_user_activity') }} as s where s.entity = 'artist'
)

select r.mbid, 'release'::varchar as entity from release_mbids as r where r.mbid is not null
union all
select g.mbid, 'release-group'::varchar from release_group_mbids as g where g.mbid is not null
union all
select c.mbid, 'recording'::varchar from recording_mbids as c where c.mbid is not null
union all
select a.mbid, 'artist'::varchar from artist_mbids as a where a.mbid is not null

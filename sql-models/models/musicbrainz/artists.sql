{{ config(materialized='table', indexes=[
     {'columns': ['artist_mbid'], 'unique': true},
     {'columns': ['artist_name']},
     {'columns': ['_ingest_insert_ts_utc']}]) }}

with artist_payloads as (
  select
    a.mbid as artist_mbid,
    a.payload_json as artist,
    a.ts_utc
  from {{ source('musicbrainz_annotations') }} as a
  where a.entity = 'artist'
    and a.payload_json is not null
),

release_years as (
  select
    p.artist_mbid,
    min(y.release_year) as earliest_release_year,
    max(y.release_year) as latest_release_year
  from artist_payloads as p
  cross join lateral (
    select {{ extract_year(json_get('e.release', ['date'])) }} as release_year
    from jsonb_path_query(p.artist, '$.releases[*]') as e (release)
  ) as y
  group by p.artist_mbid
),

tag_names as (
  select
    p.artist_mbid,
    string_agg(t.tag_name, ', ' order by t.tag_count desc nulls last, t.tag_name) as tags_string
  from artist_payloads as p
  cross join lateral (
    select
      {{ json_get('e.tag', ['name']) }} as tag_name,
      {{ try_int(json_get('e.tag', ['count'])) }} as tag_count
    from jsonb_path_query(p.artist, '$.tags[*]') as e (tag)
  ) as t
  where t.tag_name is not null
  group by p.artist_mbid
)

select
  p.artist_mbid,
  {{ json_get('p.artist', ['name']) }}::varchar as artist_name,
  {{ json_get('p.artist', ['type']) }}::varchar as artist_type,
  {{ json_get('p.artist', ['disambiguation']) }}::varchar as disambiguation,
  {{ json_get('p.artist', ['aliases'], as_json=true) }} as alias_list,
  jsonb_path_query_array(p.artist, '$.relations[*] ? (@."target-type" == "url")') as url_relation_list,
  jsonb_path_query_array(p.artist, '$.relations[*] ? (@."target-type" == "artist")') as artist_relation_list,
  {{ json_get('p.artist', ['releases'], as_json=true) }} as release_list,
  {{ json_get('p.artist', ['tags'], as_json=true) }} as tag_list,
  case
    when jsonb_typeof(p.artist -> 'releases') = 'array' then jsonb_array_length(p.artist -> 'releases')
  end as release_count,
  y.earliest_release_year,
  y.latest_release_year,
  case
    when y.earliest_release_year is not null
      then y.earliest_release_year || '-' || y.latest_release_year
  end as active_years,
  t.tags_string,
  p.ts_utc as _ingest_insert_ts_utc
from artist_payloads as p
left join release_years as y on y.artist_mbid = p.artist_mbid
left join tag_names as t on t.artist_mbid = p.artist_mbid

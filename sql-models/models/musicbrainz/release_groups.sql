{{ config(materialized='table', indexes=[
     {'columns': ['release_group_mbid'], 'unique': true},
     {'columns': ['release_group_title']},
     {'columns': ['artist_credit_phrase']},
     {'columns': ['_ingest_insert_ts_utc']}]) }}

with release_group_payloads as (
  select
    a.mbid as release_group_mbid,
    a.payload_json as release_group,
    a.ts_utc
  from {{ source('musicbrainz_annotations') }} as a
  where a.entity = 'release-group'
    and a.payload_json is not null
),

-- Each credit's name as credited (the artist's own name when missing), then its join phrase.
credit_phrases as (
  select
    p.release_group_mbid,
    string_agg(
      coalesce(nullif(c.credit ->> 'name', ''), c.credit -> 'artist' ->> 'name', '') || coalesce(c.credit ->> 'joinphrase', ''),
      '' order by c.position
    ) as artist_credit_phrase
  from release_group_payloads as p
  cross join lateral jsonb_path_query(p.release_group, '$."artist-credit"[*]') with ordinality as c (credit, position)
  group by p.release_group_mbid
)

select
  p.release_group_mbid,
  {{ json_get('p.release_group', ['title']) }} as release_group_title,
  case
    when jsonb_typeof(p.release_group -> 'releases') = 'array' then jsonb_array_length(p.release_group -> 'releases')
  end as release_count,
  {{ extract_year(json_get('p.release_group', ['first-release-date'])) }} as release_group_year,
  {{ json_get('p.release_group', ['first-release-date']) }} as first_release_date,
  {{ json_get('p.release_group', ['primary-type']) }} as release_group_type,
  {{ json_get('p.release_group', ['primary-type']) }} as release_group_primary_type,
  {{ json_get('p.release_group', ['artist-credit'], as_json=true) }} as artist_credit_list,
  {{ json_get('p.release_group', ['tags'], as_json=true) }} as tag_list,
  jsonb_path_query_array(p.release_group, '$.relations[*] ? (@."target-type" == "url")') as url_relation_list,
  c.artist_credit_phrase,
  p.ts_utc as _ingest_insert_ts_utc
from release_group_payloads as p
left join credit_phrases as c on c.release_group_mbid = p.release_group_mbid

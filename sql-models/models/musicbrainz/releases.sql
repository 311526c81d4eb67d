{{ config(materialized='table', indexes=[
     {'columns': ['release_mbid'], 'unique': true},
     {'columns': ['release_title']},
     {'columns': ['release_group_mbid']},
     {'columns': ['artist_credit_phrase']},
     {'columns': ['_ingest_insert_ts_utc']}]) }}

with release_payloads as (
  select
    a.mbid as release_mbid,
    a.payload_json as release,
    a.ts_utc
  from {{ source('musicbrainz_annotations') }} as a
  where a.entity = 'release'
    and a.payload_json is not null
),

-- Each credit's name as credited (the artist's own name when missing), then its join phrase.
credit_phrases as (
  select
    p.release_mbid,
    string_agg(
      coalesce(nullif(c.credit ->> 'name', ''), c.credit -> 'artist' ->> 'name', '') || coalesce(c.credit ->> 'joinphrase', ''),
      '' order by c.position
    ) as artist_credit_phrase
  from release_payloads as p
  cross join lateral jsonb_path_query(p.release, '$."artist-credit"[*]') with ordinality as c (credit, position)
  group by p.release_mbid
)

select
  p.release_mbid,
  {{ json_get('p.release', ['title']) }} as release_title,
  {{ try_uuid(json_get('p.release', ['release-group', 'id'])) }} as release_group_mbid,
  {{ extract_year(json_get('p.release', ['date'])) }} as release_year,
  {{ json_get('p.release', ['artist-credit'], as_json=true) }} as artist_credit_list,
  {{ json_get('p.release', ['label-info'], as_json=true) }} as label_info_list,
  jsonb_path_query_array(p.release, '$.relations[*] ? (@."target-type" == "url")') as url_relation_list,
  c.artist_credit_phrase,
  p.ts_utc as _ingest_insert_ts_utc
from release_payloads as p
left join credit_phrases as c on c.release_mbid = p.release_mbid

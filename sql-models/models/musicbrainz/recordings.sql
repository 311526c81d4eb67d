{{ config(materialized='table', indexes=[
     {'columns': ['recording_mbid'], 'unique': true},
     {'columns': ['recording_title']},
     {'columns': ['artist_credit_phrase']},
     {'columns': ['_ingest_insert_ts_utc']}]) }}

with recording_payloads as (
  select
    a.mbid as recording_mbid,
    a.payload_json as recording,
    a.ts_utc
  from {{ source('musicbrainz_annotations') }} as a
  where a.entity = 'recording'
    and a.payload_json is not null
),

-- Each credit's name as credited (the artist's own name when missing), then its join phrase.
credit_phrases as (
  select
    p.recording_mbid,
    string_agg(
      coalesce(nullif(c.credit ->> 'name', ''), c.credit -> 'artist' ->> 'name', '') || coalesce(c.credit ->> 'joinphrase', ''),
      '' order by c.position
    ) as artist_credit_phrase
  from recording_payloads as p
  cross join lateral jsonb_path_query(p.recording, '$."artist-credit"[*]') with ordinality as c (credit, position)
  group by p.recording_mbid
)

select
  p.recording_mbid,
  {{ json_get('p.recording', ['title']) }} as recording_title,
  {{ try_int(json_get('p.recording', ['length'])) }} as recording_length_ms,
  {{ json_get('p.recording', ['tags'], as_json=true) }} as tag_list,
  {{ json_get('p.recording', ['releases'], as_json=true) }} as release_list,
  {{ json_get('p.recording', ['artist-credit'], as_json=true) }} as artist_credit_list,
  c.artist_credit_phrase,
  p.ts_utc as _ingest_insert_ts_utc
from recording_payloads as p
left join credit_phrases as c on c.recording_mbid = p.recording_mbid

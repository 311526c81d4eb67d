{{ config(materialized='table', indexes=[
     {'columns': ['release_group_mbid', 'artist_mbid'], 'unique': true}]) }}

with credited_artists as (
  select
    g.release_group_mbid,
    {{ try_uuid(json_get('c.credit', ['artist', 'id'])) }} as artist_mbid
  from {{ ref('release_groups') }} as g
  cross join lateral jsonb_path_query(g.artist_credit_list, '$[*]') as c (credit)
)

select distinct
  a.release_group_mbid,
  a.artist_mbid
from credited_artists as a
where a.artist_mbid is not null

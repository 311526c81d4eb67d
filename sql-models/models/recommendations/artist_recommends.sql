{{ config(materialized='table', indexes=[
     {'columns': ['artist_mbid'], 'unique': true}]) }}

-- Artists similar to the most played ones (all users together) that the library lacks: an artist
-- with more than 6 files counts as in the library.
with top_artists as (
  select
    c.artist_mbid,
    ln(c.lifetime_listen_count) as weight
  from {{ ref('artist_listen_counts') }} as c
  where c.lifetime_listen_count > 50
  order by c.lifetime_listen_count desc, c.artist_mbid, c.username
  limit 500
),

library_artists as (
  select m.artist_mbid
  from {{ ref('map__file_artist') }} as m
  group by m.artist_mbid
  having count(*) > 6
),

pair_scores as (
  select
    s.artist_mbid_a,
    s.artist_mbid_b,
    exp(s.score_value - 0.35) as similarity
  from {{ ref('listenbrainz_collaborative_filtering_scores') }} as s
  where s.artist_mbid_a in (select t.artist_mbid from top_artists as t)
    and not exists (select 1 from library_artists as la where la.artist_mbid = s.artist_mbid_b)
),

-- An artist in top_artists once per user weighs once per user.
candidate_scores as (
  select
    p.artist_mbid_b as artist_mbid,
    sum(p.similarity * t.weight) as total_score,
    max(p.similarity) as max_score
  from pair_scores as p
  join top_artists as t on t.artist_mbid = p.artist_mbid_a
  group by p.artist_mbid_b
),

most_similar_library_artists as (
  select distinct on (p.artist_mbid_b)
    p.artist_mbid_b as artist_mbid,
    p.artist_mbid_a as similar_artist_mbid,
    p.similarity
  from pair_scores as p
  join library_artists as la on la.artist_mbid = p.artist_mbid_a
  order by p.artist_mbid_b, p.similarity desc, p.artist_mbid_a
)

select
  c.artist_mbid,
  a.artist_name,
  sa.artist_name as most_similar_artist_name,
  a.tags_string,
  a.active_years,
  c.total_score::double precision as total_score,
  c.max_score::double precision as max_score,
  m.similarity::double precision as max_similar_artist_score
from candidate_scores as c
join most_similar_library_artists as m on m.artist_mbid = c.artist_mbid
left join {{ ref('artists') }} as a on a.artist_mbid = c.artist_mbid
left join {{ ref('artists') }} as sa on sa.artist_mbid = m.similar_artist_mbid

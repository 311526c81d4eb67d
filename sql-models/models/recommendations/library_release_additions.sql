{{ config(materialized='table', indexes=[
     {'columns': ['username', 'time_range', 'rank'], 'unique': true},
     {'columns': ['release_group_mbid']}]) }}

-- Albums the user's similar users play that no local file belongs to. A listen count of 0 or less
-- has no logarithm: such an entry contributes nothing.
with release_group_scores as (
  select
    s.from_username as username,
    s.time_range,
    r.release_group_mbid,
    sum(s.user_similarity * log(s.listen_count::double precision)) as score
  from {{ ref('similar_user_activity') }} as s
  join {{ ref('releases') }} as r on r.release_mbid = s.mbid
  where s.entity = 'release'
    and s.listen_count > 0
    and r.release_group_mbid is not null
  group by s.from_username, s.time_range, r.release_group_mbid
),

ranked_additions as (
  select
    g.username,
    g.time_range,
    row_number() over (
      partition by g.username, g.time_range
      order by g.score desc, g.release_group_mbid
    ) as rank,
    g.release_group_mbid,
    g.score
  from release_group_scores as g
  where not exists (
    select 1
    from {{ ref('map__file_release_group') }} as m
    where m.release_group_mbid = g.release_group_mbid
  )
)

-- Ranks are numbered before unannotated release groups drop out, so they may have gaps.
select
  ra.username,
  ra.time_range,
  ra.rank,
  ra.release_group_mbid,
  rg.artist_credit_phrase,
  rg.release_group_title,
  rg.release_group_year,
  ra.score
from ranked_additions as ra
join {{ ref('release_groups') }} as rg on rg.release_group_mbid = ra.release_group_mbid
where ra.rank <= 200

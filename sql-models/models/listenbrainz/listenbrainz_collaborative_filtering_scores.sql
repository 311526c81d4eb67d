{{ config(materialized='view') }}

-- Every ordered pair, diagonal included, as the cosine similarity of the two artists' factors.
-- A lookup of one (a, b) pair reads two rows through the unique index of artist_factors; vectors of
-- different lengths (a half-replaced factor set) are not comparable and give no pair.
select
  a.artist_mbid as artist_mbid_a,
  b.artist_mbid as artist_mbid_b,
  case
    when a.artist_mbid = b.artist_mbid then 1
    else 1 - (a.factors <=> b.factors)
  end::real as score_value,
  greatest(a.insert_ts_utc, b.insert_ts_utc) as insert_ts_utc
from {{ ref('artist_factors') }} as a
cross join {{ ref('artist_factors') }} as b
where vector_dims(a.factors) = vector_dims(b.factors)

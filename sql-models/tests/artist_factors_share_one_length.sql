-- Pair scores compare factor vectors component by component: every artist's must have the same length.
select count(distinct vector_dims(f.factors)) as lengths
from {{ ref('artist_factors') }} as f
having count(distinct vector_dims(f.factors)) > 1

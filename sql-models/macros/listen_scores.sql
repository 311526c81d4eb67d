{#
  The listen scores of spec/sql-models.md 6.6, written once for every model that aggregates listens.
  d is the whole-day part of (now - listen time). A listen counts r(d) = e^(-0.1 d) towards recency
  and inv(d) = 1 - min(r(d), e^(-0.1)) towards revisiting: capping r at one day keeps inv above 0.
  Both are double precision (numeric exp and ln cost seconds per million listens); d is capped at
  7000 days, where r is below 1e-304 already, because exp underflows to an error past ~7450.
#}

{% macro recency_days(listen_at) -%}
extract(day from {{ now() }} - {{ listen_at }})
{%- endmacro %}

{% macro recency_pct(days) -%}
exp(-0.1 * least({{ days }}, 7000)::double precision)
{%- endmacro %}

{% macro inv_recency_pct(days) -%}
1 - least({{ recency_pct(days) }}, exp(-0.1))
{%- endmacro %}

{#
  (product of inv(d) over the listens) * ln(listens + 1), from the sum of ln inv(d): a product below
  e^-700 is 0 for our purposes, and exp would underflow to an error.
#}
{% macro revisit_score(ln_inv_sum, listens) -%}
case when {{ ln_inv_sum }} < -700 then 0 else exp({{ ln_inv_sum }}) end * ln({{ listens }} + 1)
{%- endmacro %}

{% macro listened_since(listen_at, days) -%}
{{ listen_at }} >= {{ now() }} - interval '{{ days }} days'
{%- endmacro %}

{#
  For each window of days: lastN_listen_count, then lastN_<name>_count for each [name, column] of
  distinct_counts (distinct values of the column). Every column comes with its leading comma.
#}
{% macro window_counts(listen_at, windows, distinct_counts=[]) -%}
{%- for days in windows %},
  count(*) filter (where {{ listened_since(listen_at, days) }}) as last{{ days }}_listen_count
  {%- for counted in distinct_counts %},
  count(distinct {{ counted[1] }}) filter (where {{ listened_since(listen_at, days) }})
    as last{{ days }}_{{ counted[0] }}_count
  {%- endfor %}
{%- endfor %}
{%- endmacro %}

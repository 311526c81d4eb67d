{#
  The normalised form of a name tag (DESIGN 9.19), written once for the artist identities of
  local_files and for matching listens to files by name: lower case, accents removed (NFD, then
  the combining marks dropped), a "feat." / "ft." / "featuring" credit after the name dropped with
  everything after it, runs of spaces made one, surrounding spaces trimmed and a leading "the "
  dropped. A name with nothing left is NULL, so that an empty or blank tag never equals another.
#}

{% macro name_key(name) -%}
nullif(regexp_replace(btrim(regexp_replace(regexp_replace(
  regexp_replace(normalize(lower({{ name }}), NFD), '[\u0300-\u036f]', '', 'g'),
  '(\s+|\s*[(\[])\s*\m(feat\.|ft\.|featuring\M).*$', ''),
  '\s+', ' ', 'g')), '^the ', ''), '')
{%- endmacro %}

{#
  The first folder of a library path, normalised like a name: the artist folder of the usual
  Artist/Album/track layout. NULL for a file at the library root.
#}
{% macro folder_key(filepath) -%}
case when strpos({{ filepath }}, '/') > 0 then {{ name_key("split_part(" ~ filepath ~ ", '/', 1)") }} end
{%- endmacro %}

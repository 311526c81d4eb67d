-- Listens of the last 14 days whose recording is in no local file: what the library is missing.
select
  l.listen_md5,
  l.username,
  l.listen_at_ts_utc,
  l.recording_msid,
  l.track_name,
  l.artist_name,
  l.release_name,
  l.release_mbid,
  l.recording_mbid,
  l.artist_mbids,
  l.caa_release_mbid,
  l.duration_ms,
  l.tracknumber,
  l._lb_insert_ts_utc,
  l._ingest_insert_ts_utc
from {{ ref('listens') }} as l
where l.recording_mbid is not null
  and l.listen_at_ts_utc > {{ now() }} - interval '14 days'
  and not exists (
    select 1
    from {{ ref('map__file_recording') }} as m
    where m.recording_mbid = l.recording_mbid
  )

-- Why each track of a stored collection playlist is in it (issue 15): a JSON object with its kind,
-- its facts and a one-line English rendering. Rows stored before this column have NULL: no reason.
ALTER TABLE raw.moomoo_playlist_tracks ADD COLUMN reason JSONB;
COMMENT ON COLUMN raw.moomoo_playlist_tracks.reason IS
  'Why the track is in the playlist: {"kind": ..., "text": ..., facts of the kind}; NULL for tracks stored before reasons existed.';

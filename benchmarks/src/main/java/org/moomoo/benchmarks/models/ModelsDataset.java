package org.moomoo.benchmarks.models;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated dataset in the raw tables, shaped like what the ingest jobs store, for the models
 * benchmark: a MusicBrainz world (artists, release groups, releases, recordings, all annotated), a
 * library of tagged files (a fifth untagged and mapped through the name map instead), a listening
 * history of several users over 400 days, loves, similar-user activity, artist factors and
 * conditioned embeddings. Generated in SQL, so a million listens take seconds.
 *
 * @param listens  listens in all
 * @param files    files in the library
 * @param mbids    MusicBrainz ids: a tenth artists, 15% release groups, 15% releases, the rest recordings
 */
record ModelsDataset(int listens, int files, int mbids) {

    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin");

    int artists() {
        return Math.max(1, mbids / 10);
    }

    int albums() {
        return Math.max(1, mbids * 15 / 100);
    }

    int recordings() {
        return Math.max(1, mbids - artists() - 2 * albums());
    }

    /** Fills the raw tables; they are expected empty. */
    void generate(JdbcClient jdbc) {
        String id = "md5('%s-' || %s)::uuid";
        String artist = String.format(id, "artist", "(%s)");
        String album = String.format(id, "release", "(%s)");
        String group = String.format(id, "release-group", "(%s)");
        String recording = String.format(id, "recording", "(%s)");
        // recording r belongs to album r % albums, album a to artist a % artists
        jdbc.sql("insert into raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc)"
                        + " select " + artist.formatted("i") + ", 'artist', jsonb_build_object('id', "
                        + artist.formatted("i")
                        + ", 'name', 'Artist ' || i, 'type', 'Group', 'disambiguation', '',"
                        + " 'releases', jsonb_build_array(jsonb_build_object('id', "
                        + album.formatted("i % " + albums())
                        + ", 'date', (1960 + i % 60)::text || '-01-01', 'title', 'Album ' || i % " + albums() + ")),"
                        + " 'tags', jsonb_build_array(jsonb_build_object('name', 'rock', 'count', 3),"
                        + " jsonb_build_object('name', 'tag ' || i % 50, 'count', 1)), 'aliases', '[]'::jsonb, 'relations', '[]'::jsonb),"
                        + " now() - interval '1 day' from generate_series(0, :n - 1) as i")
                .param("n", artists())
                .update();
        String credit = "jsonb_build_array(jsonb_build_object('name', 'Artist ' || a % " + artists()
                + ", 'joinphrase', '', 'artist', jsonb_build_object('id', " + artist.formatted("a % " + artists())
                + ", 'name', 'Artist ' || a % " + artists() + ")))";
        jdbc.sql("insert into raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc)"
                        + " select " + group.formatted("a") + ", 'release-group', jsonb_build_object('id', "
                        + group.formatted("a")
                        + ", 'title', 'Album ' || a, 'first-release-date', (1960 + a % 60)::text, 'primary-type', 'Album',"
                        + " 'artist-credit', " + credit + ", 'tags', '[]'::jsonb, 'relations', '[]'::jsonb,"
                        + " 'releases', jsonb_build_array(jsonb_build_object('id', " + album.formatted("a") + ")))"
                        + ", now() - interval '1 day' from generate_series(0, :n - 1) as a")
                .param("n", albums())
                .update();
        jdbc.sql("insert into raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc)"
                        + " select " + album.formatted("a") + ", 'release', jsonb_build_object('id', "
                        + album.formatted("a")
                        + ", 'title', 'Album ' || a, 'date', (1960 + a % 60)::text || '-05-01',"
                        + " 'release-group', jsonb_build_object('id', " + group.formatted("a") + "), 'artist-credit', "
                        + credit
                        + ", 'label-info', '[]'::jsonb, 'relations', '[]'::jsonb)"
                        + ", now() - interval '1 day' from generate_series(0, :n - 1) as a")
                .param("n", albums())
                .update();
        jdbc.sql("insert into raw.musicbrainz_annotations (mbid, entity, payload_json, ts_utc)"
                        + " select " + recording.formatted("r") + ", 'recording', jsonb_build_object('id', "
                        + recording.formatted("r")
                        + ", 'title', 'Track ' || r, 'length', 180000 + r % 120000, 'tags', '[]'::jsonb,"
                        + " 'releases', jsonb_build_array(jsonb_build_object('id', "
                        + album.formatted("r % " + albums()) + ")),"
                        + " 'artist-credit', " + credit.replace("a %", "(r % " + albums() + ") %") + ")"
                        + ", now() - interval '1 day' from generate_series(0, :n - 1) as r")
                .param("n", recordings())
                .update();

        // file f holds recording f % recordings; every fifth file has no MusicBrainz tags
        String tags = "case when f % 5 = 0 then '{}'::jsonb else jsonb_build_object("
                + "'musicbrainz_trackid', " + recording.formatted("r") + ", 'musicbrainz_albumid', "
                + album.formatted("r % " + albums())
                + ", 'musicbrainz_releasegroupid', " + group.formatted("r % " + albums())
                + ", 'musicbrainz_artistid', " + artist.formatted("(r % " + albums() + ") % " + artists())
                + ", 'musicbrainz_albumartistid', " + artist.formatted("(r % " + albums() + ") % " + artists())
                + ") end";
        jdbc.sql(
                        "insert into raw.local_music_files (filepath, recording_md5, recording_name, release_name, artist_name,"
                                + " json_data, file_created_at, file_modified_at, file_size_bytes)"
                                + " select 'Artist ' || (r % " + albums() + ") % " + artists() + " || '/Album ' || r % "
                                + albums()
                                + " || '/' || f || ' Track ' || r || '.flac', md5('Track ' || r || '-Album ' || r % "
                                + albums() + " || '-Artist ' || f),"
                                + " 'Track ' || r, 'Album ' || r % " + albums() + ", 'Artist ' || f,"
                                + " jsonb_build_object('title', 'Track ' || r, 'album', 'Album ' || r % " + albums()
                                + ", 'artist', 'Artist '"
                                + " || (r % " + albums() + ") % " + artists()
                                + ", 'album_artist', null, 'date', (1960 + r % 60)::text,"
                                + " 'tracknumber', (r % 12 + 1)::text, 'length', 180 + r % 120 + 0.5) || " + tags + ","
                                + " now() - interval '500 days', now() - interval '400 days', 5000000"
                                + " from (select f, f % :recordings as r from generate_series(0, :n - 1) as f) as files")
                .param("recordings", recordings())
                .param("n", files)
                .update();
        jdbc.sql("insert into raw.local_music_files_birth_timestamps (filepath, birth_at)"
                        + " select filepath, file_created_at - interval '1 day' from raw.local_music_files")
                .update();
        jdbc.sql(
                        "insert into raw.messybrainz_name_map (recording_md5, recording_name, artist_name, release_name, success,"
                                + " payload_json) select recording_md5, recording_name, artist_name, release_name, true,"
                                + " jsonb_build_object('recording_mbid', json_data ->> 'musicbrainz_trackid', 'recording_name', recording_name)"
                                + " from raw.local_music_files where json_data -> 'musicbrainz_trackid' is null")
                .update();
        jdbc.sql("update raw.messybrainz_name_map m set payload_json = jsonb_build_object('recording_mbid', "
                        + recording.formatted("r") + ", 'release_mbid', " + album.formatted("r % " + albums())
                        + ", 'artist_mbids', jsonb_build_array("
                        + artist.formatted("(r % " + albums() + ") % " + artists()) + "),"
                        + " 'recording_name', m.recording_name, 'release_name', m.release_name, 'artist_credit_name', m.artist_name,"
                        + " 'metadata', jsonb_build_object('release', jsonb_build_object('release_group_mbid', "
                        + group.formatted("r % " + albums()) + ")))"
                        + " from (select recording_md5, substr(recording_name, 7)::int as r from raw.messybrainz_name_map) as k"
                        + " where k.recording_md5 = m.recording_md5")
                .update();
        jdbc.sql("insert into raw.local_music_embeddings (filepath, embedder, success, duration_seconds,"
                        + " conditioned_embedding) select filepath, 'sonic-v1', true, 120,"
                        + " (select array_agg(random())::real[]::vector(50) from generate_series(1, 50) where filepath is not null)"
                        + " from raw.local_music_files")
                .update();

        // listen l: user l % users, recording (l * 7919) % recordings (a stride that visits them all), spread over 400
        // days
        String mapping = "jsonb_build_object('recording_mbid', " + recording.formatted("r") + ", 'release_mbid', "
                + album.formatted("r % " + albums()) + ", 'artist_mbids', jsonb_build_array("
                + artist.formatted("(r % " + albums() + ") % " + artists()) + "))";
        jdbc.sql("insert into raw.listenbrainz_listens (listen_md5, username, json_data, listen_at_ts_utc)"
                        + " select md5('listen-' || l), (array['" + String.join("','", USERS) + "'])[l % "
                        + USERS.size() + " + 1],"
                        + " jsonb_build_object('listened_at', extract(epoch from t)::bigint, 'inserted_at', extract(epoch from t)::bigint,"
                        + " 'recording_msid', md5('msid-' || r)::uuid, 'track_metadata', jsonb_build_object('track_name', 'Track ' || r,"
                        + " 'artist_name', 'Artist ' || r, 'release_name', 'Album ' || r % " + albums() + ","
                        + " 'additional_info', jsonb_build_object('duration_ms', 200000, 'tracknumber', r % 12 + 1))"
                        + " || case when l % 10 = 0 then '{}'::jsonb else jsonb_build_object('mbid_mapping', " + mapping
                        + ") end), t"
                        + " from (select l, ((l::bigint * 7919) % :recordings)::int as r, now() - (l % 400) * interval '1 day' - (l % 86400) * interval '1 second' as t"
                        + " from generate_series(0, :n - 1) as l) as g")
                .param("recordings", recordings())
                .param("n", listens)
                .update();
        jdbc.sql(
                        "insert into raw.listenbrainz_user_feedback (feedback_md5, username, score, recording_mbid, feedback_at)"
                                + " select md5('love-' || i), (array['" + String.join("','", USERS) + "'])[i % "
                                + USERS.size() + " + 1], 1, "
                                + recording.formatted("(i * 31) % " + recordings())
                                + ", now() - (i % 300) * interval '1 day'"
                                + " from generate_series(0, 1999) as i")
                .update();
        jdbc.sql("insert into raw.listenbrainz_similar_user_activity (payload_id, from_username, to_username, entity,"
                        + " time_range, user_similarity, json_data) select md5('similar-' || u || '-' || s), u, 'similar ' || s, 'releases',"
                        + " 'month', 0.5 + s / 100.0, jsonb_build_object('from_ts', 1700000000, 'to_ts', 1702600000, 'range', 'month',"
                        + " 'releases', (select jsonb_agg(jsonb_build_object('release_mbid', "
                        + album.formatted("(s * 97 + k) % " + albums())
                        + ", 'listen_count', 1 + k % 30)) from generate_series(0, 99) as k))"
                        + " from unnest(array['" + String.join("','", USERS) + "']) as u, generate_series(0, 9) as s")
                .update();
        jdbc.sql("insert into raw.listenbrainz_artist_factors (artist_mbid, factors)"
                        + " select " + artist.formatted("i") + ", (select array_agg(random() - 0.5)::real[]::vector(32)"
                        + " from generate_series(1, 32) where i is not null) from generate_series(0, :n - 1) as i")
                .param("n", artists())
                .update();
        jdbc.sql("analyze").update();
    }
}

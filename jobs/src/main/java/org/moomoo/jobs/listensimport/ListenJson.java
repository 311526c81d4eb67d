package org.moomoo.jobs.listensimport;

import java.util.List;
import org.moomoo.jobs.listens.ListenKey;
import org.moomoo.jobs.listensimport.ImportItem.Listen;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a play from another service as ListenBrainz's listen JSON, the shape the models read
 * (sql-models/models/sources.yml): {@code listened_at}, a {@link DerivedMsid} as
 * {@code recording_msid}, {@code track_metadata} with the names, {@code additional_info} with what
 * the source knows, and an {@code mbid_mapping} only when the source gives a recording MBID.
 */
final class ListenJson {

    /**
     * A play from another service.
     *
     * @param album         null when the source has none
     * @param recordingMbid null when the source has none (likewise the other MBIDs)
     * @param artistMbids   empty when the source has none
     * @param service       {@code music_service} of additional_info, e.g. {@code spotify.com}
     * @param spotifyId     the track's open.spotify.com URL, or null
     */
    record Play(
            long listenedAt,
            String artist,
            String track,
            String album,
            String recordingMbid,
            String releaseMbid,
            List<String> artistMbids,
            String service,
            String spotifyId) {}

    private final JsonMapper json;

    ListenJson(JsonMapper json) {
        this.json = json;
    }

    Listen listen(Play play, String username) {
        String msid = DerivedMsid.of(play.artist(), play.track(), play.album());
        ObjectNode listen = json.createObjectNode();
        listen.put("listened_at", play.listenedAt());
        listen.put("recording_msid", msid);
        listen.put("user_name", username);
        ObjectNode track = listen.putObject("track_metadata");
        track.put("artist_name", play.artist());
        track.put("track_name", play.track());
        if (play.album() != null) {
            track.put("release_name", play.album());
        }
        ObjectNode info = track.putObject("additional_info");
        info.put("recording_msid", msid);
        info.put("submission_client", "moomoo listens-import");
        info.put("music_service", play.service());
        if (play.spotifyId() != null) {
            info.put("spotify_id", play.spotifyId());
            info.put("origin_url", play.spotifyId());
        }
        if (play.recordingMbid() != null) {
            info.put("recording_mbid", play.recordingMbid());
        }
        if (play.releaseMbid() != null) {
            info.put("release_mbid", play.releaseMbid());
        }
        if (!play.artistMbids().isEmpty()) {
            play.artistMbids().forEach(info.putArray("artist_mbids")::add);
        }
        if (play.recordingMbid() != null) {
            ObjectNode mapping = track.putObject("mbid_mapping");
            mapping.put("recording_mbid", play.recordingMbid());
            if (play.releaseMbid() != null) {
                mapping.put("release_mbid", play.releaseMbid());
            }
            play.artistMbids().forEach(mapping.putArray("artist_mbids")::add);
        }
        String text = json.writeValueAsString(listen).replace("\\u0000", "");
        return new Listen(ListenKey.of(username, msid, play.listenedAt()), username, text, play.listenedAt());
    }
}

package org.moomoo.playlist.generator;

/**
 * The kinds of MusicBrainz entity in {@code mbids}, each with the model that maps it to files
 * (spec/playlists-http-client.md 5.2).
 */
public enum MbidEntity {
    RECORDING("recording", "map__file_recording", "recording_mbid"),
    RELEASE("release", "map__file_release", "release_mbid"),
    RELEASE_GROUP("release-group", "map__file_release_group", "release_group_mbid"),
    ARTIST("artist", "map__file_artist", "artist_mbid");

    private final String entity;
    private final String fileMap;
    private final String column;

    MbidEntity(String entity, String fileMap, String column) {
        this.entity = entity;
        this.fileMap = fileMap;
        this.column = column;
    }

    /** The entity as {@code mbids.entity} spells it; null for an unknown spelling. */
    static MbidEntity of(String entity) {
        for (MbidEntity kind : values()) {
            if (kind.entity.equals(entity)) {
                return kind;
            }
        }
        return null;
    }

    String fileMap() {
        return fileMap;
    }

    String column() {
        return column;
    }
}

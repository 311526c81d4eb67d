package org.moomoo.jobs.localfiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tags of one audio file as {@code local_music_files.json_data} stores them (spec 5.6).
 *
 * <p>A parsed file has exactly the 18 {@link #KEYS}, in the spec's order: the 17 tag values are
 * strings or null, {@link #LENGTH} is the duration in seconds as a {@link Double}. A file that could
 * not be parsed has an empty {@code json} and a short human {@code failure} reason.
 *
 * @param json    the {@code json_data} object, unmodifiable and insertion-ordered
 * @param failure why the file could not be parsed, or null when it was
 */
public record AudioTags(Map<String, Object> json, String failure) {

    public static final String ALBUM = "album";
    public static final String TITLE = "title";
    public static final String ARTIST = "artist";
    public static final String TRACKNUMBER = "tracknumber";
    public static final String DISCNUMBER = "discnumber";
    public static final String GENRE = "genre";
    public static final String DATE = "date";
    public static final String ALBUM_ARTIST = "album_artist";
    public static final String MUSICBRAINZ_TRACKID = "musicbrainz_trackid";
    public static final String MUSICBRAINZ_ARTISTID = "musicbrainz_artistid";
    public static final String MUSICBRAINZ_ALBUMID = "musicbrainz_albumid";
    public static final String MUSICBRAINZ_ALBUMARTISTID = "musicbrainz_albumartistid";
    public static final String MUSICBRAINZ_DISCID = "musicbrainz_discid";
    public static final String MUSICBRAINZ_ALBUMSTATUS = "musicbrainz_albumstatus";
    public static final String MUSICBRAINZ_ALBUMTYPE = "musicbrainz_albumtype";
    public static final String MUSICBRAINZ_RELEASETRACKID = "musicbrainz_releasetrackid";
    public static final String MUSICBRAINZ_RELEASEGROUPID = "musicbrainz_releasegroupid";
    public static final String LENGTH = "length";

    /** The 17 keys whose values are tag strings, in the spec's order. */
    public static final List<String> TAG_KEYS = List.of(
            ALBUM,
            TITLE,
            ARTIST,
            TRACKNUMBER,
            DISCNUMBER,
            GENRE,
            DATE,
            ALBUM_ARTIST,
            MUSICBRAINZ_TRACKID,
            MUSICBRAINZ_ARTISTID,
            MUSICBRAINZ_ALBUMID,
            MUSICBRAINZ_ALBUMARTISTID,
            MUSICBRAINZ_DISCID,
            MUSICBRAINZ_ALBUMSTATUS,
            MUSICBRAINZ_ALBUMTYPE,
            MUSICBRAINZ_RELEASETRACKID,
            MUSICBRAINZ_RELEASEGROUPID);

    /** All 18 keys of a parsed file, in the spec's order: {@link #TAG_KEYS}, then {@link #LENGTH}. */
    public static final List<String> KEYS = concat(TAG_KEYS, LENGTH);

    /** Checks the shape described above and makes {@code json} an ordered, unmodifiable copy. */
    public AudioTags {
        Objects.requireNonNull(json, "json");
        if (failure == null) {
            json = ordered(json);
        } else if (json.isEmpty()) {
            json = Map.of();
        } else {
            throw new IllegalArgumentException("an unreadable file has no tags, got " + json.keySet());
        }
    }

    /**
     * A parsed file.
     *
     * @param json exactly the 18 {@link #KEYS} in any order; tag values String or null, length Double or null
     */
    public static AudioTags parsed(Map<String, Object> json) {
        return new AudioTags(json, null);
    }

    /** A file that could not be parsed, with a short human reason (no Java class names). */
    public static AudioTags unreadable(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unreadable file needs a reason");
        }
        return new AudioTags(Map.of(), reason);
    }

    /** The title tag, or null when absent or unreadable. */
    public String title() {
        return (String) json.get(TITLE);
    }

    /** The album tag, or null when absent or unreadable. */
    public String album() {
        return (String) json.get(ALBUM);
    }

    /** The artist tag, or null when absent or unreadable. */
    public String artist() {
        return (String) json.get(ARTIST);
    }

    private static Map<String, Object> ordered(Map<String, Object> json) {
        if (json.size() != KEYS.size() || !json.keySet().containsAll(KEYS)) {
            throw new IllegalArgumentException("expected exactly the keys " + KEYS + ", got " + json.keySet());
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (String key : KEYS) {
            Object value = json.get(key);
            Class<?> expected = key.equals(LENGTH) ? Double.class : String.class;
            if (value != null && !expected.isInstance(value)) {
                throw new IllegalArgumentException(key + " must be a " + expected.getSimpleName() + ", got " + value);
            }
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<String> concat(List<String> keys, String last) {
        String[] all = keys.toArray(new String[keys.size() + 1]);
        all[keys.size()] = last;
        return List.of(all);
    }
}

package org.moomoo.playlist.similarity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * MusicBrainz placeholder artists (spec/playlists-http-client.md 3): [anonymous], [data],
 * [dialogue], [no artist], [traditional], [unknown] and Various Artists, known by MBID or, in files
 * tagged by name only, by name. They never count toward per-artist limits, because a compilation's
 * album artist would otherwise block every track on it.
 */
public final class SpecialArtists {

    private static final Set<UUID> MBIDS = Set.of(
            UUID.fromString("f731ccc4-e22a-43af-a747-64213329e088"),
            UUID.fromString("33cf029c-63b0-41a0-9855-be2a3665fb3b"),
            UUID.fromString("314e1c25-dde7-4e4d-b2f4-0a7b9f7c56dc"),
            UUID.fromString("eec63d3c-3b81-4ad4-b1e4-7c147d4d2b61"),
            UUID.fromString("9be7f096-97ec-4615-8957-8d40b5dcbc41"),
            UUID.fromString("125ec42a-7229-4250-afc5-e057484327fe"),
            UUID.fromString("89ad4ac3-39f7-470e-963a-56509c546377"));

    private static final Set<String> MBID_KEYS =
            MBIDS.stream().map(UUID::toString).collect(Collectors.toSet());

    /** The placeholders' names as {@code macros/name_keys.sql} normalises them, for files tagged by name only. */
    private static final Set<String> NAME_KEYS = Set.of(
            "[anonymous]", "[data]", "[dialogue]", "[no artist]", "[traditional]", "[unknown]", "various artists");

    private SpecialArtists() {}

    /** Whether {@code artist} is one of the placeholder artists. */
    public static boolean contains(UUID artist) {
        return MBIDS.contains(artist);
    }

    /** Whether an artist identity ({@code artist_key}: an MBID's text or a normalised name) is a placeholder. */
    public static boolean containsKey(String artistKey) {
        return NAME_KEYS.contains(artistKey) || MBID_KEYS.contains(artistKey);
    }
}

package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a {@link LibrarySnapshot} from files written out in a test. */
final class TestLibrary {

    private final List<LibraryRow> rows = new ArrayList<>();
    private final Map<String, float[]> factors = new HashMap<>();
    private double threshold = 0.5;

    /** A file by its own random artist, no album artist. */
    TestLibrary file(String path, float... vector) {
        return file(path, UUID.randomUUID(), null, vector);
    }

    /** A file tagged with MBIDs: its identities are their text, the album artist's falling back to the artist's. */
    TestLibrary file(String path, UUID artist, UUID albumArtist, float... vector) {
        UUID album = albumArtist != null ? albumArtist : artist;
        rows.add(new LibraryRow(
                path,
                UUID.randomUUID(),
                null,
                null,
                artist,
                albumArtist,
                artist == null ? null : artist.toString(),
                album == null ? null : album.toString(),
                200.9f,
                vector));
        return this;
    }

    /**
     * A file without MusicBrainz ids, known by the identities local_files gives it (a normalised
     * name or folder; null for none).
     */
    TestLibrary named(String path, String artistKey, String albumArtistKey, float... vector) {
        rows.add(new LibraryRow(path, null, null, null, null, null, artistKey, albumArtistKey, 200.9f, vector));
        return this;
    }

    TestLibrary factors(UUID artist, float... values) {
        factors.put(artist.toString(), values);
        return this;
    }

    TestLibrary threshold(double distance) {
        threshold = distance;
        return this;
    }

    LibrarySnapshot build() {
        return new LibrarySnapshot(rows, factors, threshold, 1);
    }

    /** Ten files f0..f9 with 10-d vectors [i, ..., i] (spec 4.8, example 1), each by its own artist. */
    static TestLibrary tenFiles() {
        TestLibrary library = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            library.file("f" + i, tenTimes(i));
        }
        return library;
    }

    /** Ten files as {@link #tenFiles()} with the given track and album artists. */
    static TestLibrary tenFiles(UUID artist, UUID albumArtist) {
        TestLibrary library = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            library.file("f" + i, artist == null ? UUID.randomUUID() : artist, albumArtist, tenTimes(i));
        }
        return library;
    }

    /** Ten files as {@link #tenFiles()} without MusicBrainz ids, with the given identities. */
    static TestLibrary tenNamedFiles(String artistKey, String albumArtistKey) {
        TestLibrary library = new TestLibrary();
        for (int i = 0; i < 10; i++) {
            library.named("f" + i, artistKey, albumArtistKey, tenTimes(i));
        }
        return library;
    }

    static float[] tenTimes(int value) {
        float[] vector = new float[10];
        Arrays.fill(vector, value);
        return vector;
    }
}

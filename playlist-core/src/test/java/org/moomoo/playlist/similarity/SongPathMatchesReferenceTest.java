package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * {@link SongPath} returns exactly what {@link ReferenceSongPath} returns on random small
 * libraries: vectors on a coarse grid (so that distances to the targets tie exactly and the MD5
 * decides), repeated vectors, vectors far from the origin (where rounding is largest), files without
 * a vector, few artists (so the per-artist limit bites and can run the candidates out), null,
 * album-artist and special-purpose identities, several near-duplicate distances, lengths and
 * limits, and ends that are the same file; and Gaussian vectors of 20 to 60 dimensions, near the
 * origin and far from it, where the float pass of the search rounds. Everything comes from a {@link Random} seeded by the
 * repetition, named in a failure's message.
 */
class SongPathMatchesReferenceTest {

    private static final String[] SPECIAL = {"various artists", "89ad4ac3-39f7-470e-963a-56509c546377"};

    @RepeatedTest(400)
    void pathEqualsTheReference(RepetitionInfo repetition) throws SongPathException {
        long seed = repetition.getCurrentRepetition();
        Random random = new Random(seed);
        float offset = random.nextInt(4) == 0 ? 1 << (6 + random.nextInt(10)) : 0;
        LibrarySnapshot library = randomLibrary(random, offset);
        String from = "file-" + random.nextInt(library.files().size());
        String to = random.nextInt(20) == 0
                ? from
                : "file-" + random.nextInt(library.files().size());
        int[] lengths = {2, 3, 5, 20, 2 + random.nextInt(80), library.size() + 5};
        int n = lengths[random.nextInt(lengths.length)];
        int perArtist = random.nextInt(4);

        List<SongPathTrack> expected = ReferenceSongPath.between(library, from, to, n, perArtist);
        SongPath path = new SongPath(() -> library);
        if (expected == null) {
            assertThatThrownBy(() -> path.between(from, to, n, perArtist))
                    .as("library of seed %d", seed)
                    .isInstanceOf(SongPathException.class);
        } else {
            assertThat(path.between(from, to, n, perArtist))
                    .as("library of seed %d, %s to %s, n %d, %d per artist", seed, from, to, n, perArtist)
                    .isEqualTo(expected);
        }
    }

    @RepeatedTest(100)
    void pathEqualsTheReferenceOnGaussianVectors(RepetitionInfo repetition) throws SongPathException {
        long seed = 50_000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        double offset = random.nextBoolean() ? 0 : Math.scalb(1.0, random.nextInt(16));
        int dimension = 20 + random.nextInt(40);
        List<LibraryRow> rows = new ArrayList<>();
        for (int i = 0, size = 2 + random.nextInt(600); i < size; i++) {
            float[] vector = new float[dimension];
            for (int k = 0; k < dimension; k++) {
                vector[k] = (float) (offset + random.nextGaussian());
            }
            String artist = "artist " + random.nextInt(1 + size / 3);
            rows.add(new LibraryRow("file-" + i, null, null, null, null, null, artist, artist, 200f, vector));
        }
        LibrarySnapshot library = new LibrarySnapshot(rows, java.util.Map.of(), 0.5, 1);
        String from = "file-" + random.nextInt(rows.size());
        String to = "file-" + random.nextInt(rows.size());
        int n = 2 + random.nextInt(30);

        List<SongPathTrack> expected = ReferenceSongPath.between(library, from, to, n, 2);
        if (expected != null) {
            assertThat(new SongPath(() -> library).between(from, to, n, 2))
                    .as("library of seed %d, %s to %s, n %d", seed, from, to, n)
                    .isEqualTo(expected);
        }
    }

    private static LibrarySnapshot randomLibrary(Random random, float offset) {
        int size = 2 + random.nextInt(random.nextBoolean() ? 30 : 400);
        int dimension = 1 + random.nextInt(10);
        int grid = 1 + random.nextInt(4);
        int artistCount = 1 + random.nextInt(10);
        List<LibraryRow> rows = new ArrayList<>();
        float[] previous = null;
        for (int i = 0; i < size; i++) {
            float[] vector = new float[dimension];
            if (previous != null && random.nextInt(6) == 0) {
                vector = previous.clone();
            } else {
                for (int k = 0; k < dimension; k++) {
                    vector[k] = offset + random.nextInt(5 * grid) / (float) grid;
                }
            }
            previous = vector;
            String artistKey = identity(random, artistCount);
            String albumArtistKey = random.nextBoolean() ? artistKey : identity(random, artistCount);
            rows.add(new LibraryRow(
                    "file-" + i,
                    new UUID(random.nextLong(), random.nextLong()),
                    null,
                    null,
                    null,
                    null,
                    artistKey,
                    albumArtistKey,
                    200f,
                    random.nextInt(15) == 0 ? null : vector));
        }
        double[] thresholds = {0, 0.3, 0.5, 1.0};
        return new LibrarySnapshot(rows, java.util.Map.of(), thresholds[random.nextInt(thresholds.length)], 1);
    }

    private static String identity(Random random, int artistCount) {
        int kind = random.nextInt(12);
        if (kind == 0) {
            return null;
        }
        if (kind == 1) {
            return SPECIAL[random.nextInt(SPECIAL.length)];
        }
        return "artist " + random.nextInt(artistCount);
    }
}

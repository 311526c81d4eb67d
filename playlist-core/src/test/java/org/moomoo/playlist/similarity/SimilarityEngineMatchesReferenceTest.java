package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The engine returns exactly what {@link ReferenceStream} returns on random libraries and requests:
 * vectors on a coarse grid (so many distances tie exactly), repeated vectors, few artists (so seeds
 * share groups), artists without factors, null artists, libraries tagged with MBIDs, by name only
 * (no MBID at all) or mixed, zero and missing weights, predicate weights of 0, below and above 1,
 * seeds that are not in the library, and several thresholds and limits. Everything, identifiers
 * included, comes from a {@link Random} seeded by the repetition, named in a failure's message.
 *
 * <p>The engine's heap first holds {@link SimilarityEngine#FIRST_LOAD} candidates, more than these
 * libraries have, so the tests also run engines that load one or a few candidates at a time and
 * must load again and again; and libraries far from the origin, where the float arithmetic of the
 * coarse bounds loses most, and of more than one block of {@link LibrarySnapshot#BLOCK} files.
 */
class SimilarityEngineMatchesReferenceTest {

    @RepeatedTest(300)
    void streamEqualsTheReference(RepetitionInfo repetition) {
        long seed = repetition.getCurrentRepetition();
        Random random = new Random(seed);
        LibrarySnapshot library = randomLibrary(random);
        StreamRequest request = randomRequest(random, library);

        assertThat(all(new SimilarityEngine(() -> library), request))
                .as("library and request of seed %d", seed)
                .isEqualTo(all(new ReferenceStream(library), request));
    }

    @RepeatedTest(300)
    void streamEqualsTheReferenceWhenTheEngineLoadsFewCandidatesAtATime(RepetitionInfo repetition) {
        long seed = 20_000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        LibrarySnapshot library = randomLibrary(random);
        StreamRequest request = randomRequest(random, library);
        int firstLoad = 1 + random.nextInt(8);

        assertThat(all(new SimilarityEngine(() -> library, firstLoad), request))
                .as("library and request of seed %d, first load %d", seed, firstLoad)
                .isEqualTo(all(new ReferenceStream(library), request));
    }

    @RepeatedTest(100)
    void streamEqualsTheReferenceFarFromTheOrigin(RepetitionInfo repetition) {
        long seed = 30_000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        float offset = 1 << (8 + random.nextInt(8));
        LibrarySnapshot library = randomLibrary(random, offset);
        StreamRequest request = randomRequest(random, library);
        int firstLoad = 1 + random.nextInt(8);

        assertThat(all(new SimilarityEngine(() -> library, firstLoad), request))
                .as("library and request of seed %d, offset %s, first load %d", seed, offset, firstLoad)
                .isEqualTo(all(new ReferenceStream(library), request));
    }

    @RepeatedTest(100)
    void selectionEqualsTheReference(RepetitionInfo repetition) {
        long seed = 10_000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        LibrarySnapshot library = randomLibrary(random);
        StreamRequest request = randomRequest(random, library);
        int limit = 1 + random.nextInt(30);
        int perArtist = random.nextInt(4);

        assertThat(new Selector(new SimilarityEngine(() -> library))
                        .select(request.seeds(), limit, perArtist, request.weights(), request.predicateWeights()))
                .as("library and request of seed %d", seed)
                .isEqualTo(new Selector(new ReferenceStream(library))
                        .select(request.seeds(), limit, perArtist, request.weights(), request.predicateWeights()));
    }

    /** How the files of a random library are tagged; a name-tagged artist has no factors. */
    private enum Tagging {
        MBIDS,
        NAMES,
        MIXED
    }

    /** The stream with the artist identities, so that those must match too. */
    private static List<Candidate> all(TrackStream stream, StreamRequest request) {
        List<Candidate> candidates = new ArrayList<>();
        stream.candidates(request).forEachRemaining(candidates::add);
        return candidates;
    }

    // Identifiers come from the seeded source too, so that a failure replays from its seed.
    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static LibrarySnapshot randomLibrary(Random random) {
        return randomLibrary(random, 0);
    }

    /** Vectors on a grid plus {@code offset} in every dimension (exact in floats). */
    private static LibrarySnapshot randomLibrary(Random random, float offset) {
        int size = 20 + random.nextInt(600);
        int dimension = 1 + random.nextInt(12);
        int grid = 1 + random.nextInt(4);
        List<UUID> artists = new ArrayList<>();
        for (int a = 0, count = 1 + random.nextInt(12); a < count; a++) {
            artists.add(uuid(random));
        }
        Map<String, float[]> factors = new HashMap<>();
        for (UUID artist : artists) {
            int kind = random.nextInt(5);
            if (kind == 0) {
                continue;
            }
            float[] values = new float[3];
            if (kind > 1) {
                for (int k = 0; k < values.length; k++) {
                    values[k] = (float) random.nextGaussian();
                }
            }
            factors.put(artist.toString(), values);
        }
        Tagging tagging = Tagging.values()[random.nextInt(Tagging.values().length)];
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
            int artist = random.nextInt(15) == 0 ? -1 : random.nextInt(artists.size());
            int albumArtist = random.nextBoolean() ? -1 : random.nextInt(artists.size());
            boolean byMbid = tagging == Tagging.MBIDS || tagging == Tagging.MIXED && random.nextBoolean();
            UUID artistMbid = byMbid && artist >= 0 ? artists.get(artist) : null;
            UUID albumArtistMbid = byMbid && albumArtist >= 0 ? artists.get(albumArtist) : null;
            String artistKey = artist < 0 ? null : byMbid ? artistMbid.toString() : "artist " + artist;
            String albumArtistKey =
                    albumArtist < 0 ? artistKey : byMbid ? albumArtistMbid.toString() : "artist " + albumArtist;
            rows.add(new LibraryRow(
                    "file-" + i,
                    uuid(random),
                    null,
                    null,
                    artistMbid,
                    albumArtistMbid,
                    artistKey,
                    albumArtistKey,
                    random.nextInt(10) == 0 ? null : 60 + random.nextFloat() * 300,
                    vector));
        }
        double[] thresholds = {0, 0.5, 1.0};
        return new LibrarySnapshot(rows, factors, thresholds[random.nextInt(thresholds.length)], 1);
    }

    private static StreamRequest randomRequest(Random random, LibrarySnapshot library) {
        List<String> seeds = new ArrayList<>();
        for (int s = 0, count = 1 + random.nextInt(Math.min(40, library.size())); s < count; s++) {
            seeds.add(random.nextInt(12) == 0 ? "missing-" + s : "file-" + random.nextInt(library.size()));
        }
        List<Double> weights = null;
        if (random.nextBoolean()) {
            weights = new ArrayList<>();
            for (int s = 0; s < seeds.size(); s++) {
                weights.add(random.nextInt(4) == 0 ? 0.0 : random.nextInt(4) + random.nextInt(2) * 0.5);
            }
            weights.set(random.nextInt(seeds.size()), 1.5);
        }
        Map<String, Double> predicateWeights = null;
        if (random.nextBoolean()) {
            predicateWeights = new HashMap<>();
            for (int p = 0, count = random.nextInt(library.size()); p < count; p++) {
                double[] values = {0, 0.25, 0.5, 1, 2, 4};
                predicateWeights.put("file-" + random.nextInt(library.size()), values[random.nextInt(values.length)]);
            }
            predicateWeights.put("missing", 3.0);
        }
        Integer[] limits = {null, 1, 5, 2000, library.size() / 3};
        return new StreamRequest(seeds, weights, predicateWeights, limits[random.nextInt(limits.length)]);
    }
}

package org.moomoo.playlist.similarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.moomoo.playlist.track.Reason;

/**
 * The similarity stream of spec section 4 written as plainly as possible: every embedded file but
 * the seeds is a candidate, whatever its artist (DESIGN 9.19); every candidate's distance to every
 * seed, a full sort by distance then by the hex MD5 of the path, the first {@code limit} rows, each
 * with its reason: the seed of smallest distance (the first on a tie), that distance, that seed's
 * multiplier and share of the weight and the candidate's predicate weight. The engine must return exactly this.
 */
final class ReferenceStream implements TrackStream {

    private final LibrarySnapshot snapshot;

    ReferenceStream(LibrarySnapshot snapshot) {
        this.snapshot = snapshot;
    }

    private record Scored(int file, double distance, String md5, Reason reason) {}

    @Override
    public Iterator<Candidate> candidates(StreamRequest request) {
        Set<String> positiveSeeds = new HashSet<>();
        List<Integer> seedFiles = new ArrayList<>();
        List<Double> seedWeights = new ArrayList<>();
        for (int i = 0; i < request.seeds().size(); i++) {
            if (request.weight(i) > 0) {
                positiveSeeds.add(request.seeds().get(i));
                int file = snapshot.indexOf(request.seeds().get(i));
                if (file >= 0) {
                    seedFiles.add(file);
                    seedWeights.add(request.weight(i));
                }
            }
        }
        double totalWeight = 0;
        for (double weight : seedWeights) {
            totalWeight += weight;
        }
        List<Scored> scored = new ArrayList<>();
        for (int c = 0; c < snapshot.size(); c++) {
            LibraryRow row = snapshot.row(c);
            if (seedFiles.isEmpty() || positiveSeeds.contains(row.filepath())) {
                continue;
            }
            double sum = 0;
            double nearest = Double.POSITIVE_INFINITY;
            int nearestSeed = -1;
            for (int s = 0; s < seedFiles.size(); s++) {
                double distance = snapshot.distance(seedFiles.get(s), c);
                if (distance < nearest) {
                    nearest = distance;
                    nearestSeed = s;
                }
                sum += seedWeights.get(s)
                        * distance
                        / snapshot.multiplier(snapshot.artistIndex(seedFiles.get(s)), snapshot.artistIndex(c));
            }
            if (nearest <= snapshot.nearDuplicateDistance()) {
                continue;
            }
            double predicate = 1.0;
            if (request.predicateWeights() != null && request.predicateWeights().containsKey(row.filepath())) {
                predicate = request.predicateWeights().get(row.filepath());
            }
            if (predicate == 0) {
                continue;
            }
            int seedFile = seedFiles.get(nearestSeed);
            Reason reason = new Reason.Similar(
                    snapshot.row(seedFile).filepath(),
                    nearest,
                    snapshot.multiplier(snapshot.artistIndex(seedFile), snapshot.artistIndex(c)),
                    seedWeights.get(nearestSeed) / totalWeight,
                    predicate,
                    null,
                    null);
            scored.add(new Scored(c, sum / totalWeight / predicate, md5Hex(row.filepath()), reason));
        }
        scored.sort(Comparator.comparingDouble(Scored::distance).thenComparing(Scored::md5));
        int limit = request.limit() == null ? scored.size() : Math.min(request.limit(), scored.size());
        return scored.subList(0, limit).stream()
                .map(s -> snapshot.candidate(s.file(), s.distance()).withReason(s.reason()))
                .iterator();
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.moomoo.benchmarks.playlist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.playlist.track.Track;

/**
 * Whether two streams hold the same rows in the same order, allowing rows whose distances differ by
 * less than a tolerance to trade places: pgvector sums squared differences in float32, so a
 * database's distance can differ from the engine's double-precision one in the seventh digit.
 *
 * @param difference null when the streams agree, else the first disagreement
 * @param nearTies rows found at another place among rows within the tolerance
 */
record StreamComparison(String difference, int nearTies) {

    static StreamComparison of(List<Track> engine, List<Track> database, double tolerance) {
        if (engine.size() != database.size()) {
            return new StreamComparison("stream lengths " + engine.size() + " and " + database.size(), 0);
        }
        Map<String, Integer> databaseRow = new HashMap<>();
        for (int row = 0; row < database.size(); row++) {
            databaseRow.put(database.get(row).filepath(), row);
        }
        int nearTies = 0;
        for (int row = 0; row < engine.size(); row++) {
            Track track = engine.get(row);
            double distance = track.matchDistance();
            if (Math.abs(distance - database.get(row).matchDistance()) > tolerance) {
                return new StreamComparison(
                        "row " + row + ": distance " + distance + " against "
                                + database.get(row).matchDistance(),
                        nearTies);
            }
            if (track.filepath().equals(database.get(row).filepath())) {
                continue;
            }
            Integer other = databaseRow.get(track.filepath());
            boolean atTheCut = other == null
                    && database.size() - row <= 5
                    && Math.abs(database.get(database.size() - 1).matchDistance() - distance) <= tolerance;
            boolean nearby = other != null && Math.abs(database.get(other).matchDistance() - distance) <= tolerance;
            if (!atTheCut && !nearby) {
                return new StreamComparison(
                        "row " + row + ": " + track.filepath() + " at distance " + distance + " against "
                                + database.get(row).filepath(),
                        nearTies);
            }
            nearTies++;
        }
        return new StreamComparison(null, nearTies);
    }
}

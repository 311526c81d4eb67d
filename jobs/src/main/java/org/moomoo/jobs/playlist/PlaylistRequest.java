package org.moomoo.jobs.playlist;

import java.util.ArrayList;
import java.util.List;
import org.moomoo.playlist.generator.TrackOptions;

/**
 * The arguments of {@code moomoo playlist from-files|from-mbids}: what to start from, then
 * {@code n=20 seed=1 username=NAME recency=FACTOR} in any order. Invalid values are rejected with
 * a message that names the value and says what is expected.
 *
 * @param sources paths or MBIDs as typed
 * @param n total playlist length, shown seeds included
 * @param seed how many source tracks to show first
 * @param username whose listens weight the seeds; null for none
 * @param recency how far recently played tracks are pushed away; 0 to ignore
 */
record PlaylistRequest(List<String> sources, int n, int seed, String username, double recency) {

    /** Tracks per artist, as the HTTP route uses. */
    static final int LIMIT_PER_ARTIST = 2;

    PlaylistRequest {
        sources = List.copyOf(sources);
    }

    /** Parses the command's arguments; {@code what} names the sources in messages ("PATH", "MBID"). */
    static PlaylistRequest parse(List<String> arguments, String what) {
        List<String> sources = new ArrayList<>();
        int n = 20;
        int seed = 1;
        String username = null;
        double recency = 0;
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            String key = equals < 0 ? "" : argument.substring(0, equals);
            String value = equals < 0 ? "" : argument.substring(equals + 1);
            switch (key) {
                case "n" -> n = whole("n", value, 1);
                case "seed" -> seed = whole("seed", value, 0);
                case "username" -> username = value.isBlank() ? null : value;
                case "recency" -> recency = factor(value);
                default -> sources.add(argument);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("give at least one " + what);
        }
        if (recency > 0 && username == null) {
            throw new IllegalArgumentException("recency=" + value(recency) + " needs username=NAME: it pushes away "
                    + "what that listener played recently");
        }
        return new PlaylistRequest(sources, n, seed, username, recency);
    }

    /** The pipeline's options: n tracks in all, the seeds shown first, two per artist, shuffled. */
    TrackOptions options() {
        return new TrackOptions(n, LIMIT_PER_ARTIST, true, seed, recency);
    }

    private static int whole(String key, String value, int least) {
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException(key + "='" + value + "' is not a whole number of at least " + least);
    }

    private static double factor(String value) {
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && !Double.isInfinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException("recency='" + value + "' is not a number of at least 0 (try 0.5)");
    }

    private static String value(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}

package org.moomoo.jobs.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moomoo.playlist.generator.TrackOptions;

/**
 * The arguments of {@code moomoo playlist from-files|from-mbids}: what to start from, then
 * {@code n=20 seed=1 username=NAME recency=FACTOR} in any order. Invalid values are rejected with
 * a message that names the value and says what is expected.
 *
 * <p>A word is an option when it starts with a name of letters and dashes followed by {@code =}
 * ({@code colour=blue}); an option that is not one of the four is refused, so that a mistyped
 * one is never taken for a path. A path whose first part looks like that is written with a
 * leading {@code ./} ({@code ./AC=DC/Back in Black}), which is dropped.
 *
 * @param sources paths (a leading {@code ./} and trailing slashes dropped) or MBIDs, as typed
 * @param n total playlist length, shown seeds included
 * @param seed how many source tracks to show first
 * @param username whose listens weight the seeds; null for none
 * @param recency how far recently played tracks are pushed away; 0 to ignore
 */
record PlaylistRequest(List<String> sources, int n, int seed, String username, double recency) {

    /** Tracks per artist, as the HTTP route uses. */
    static final int LIMIT_PER_ARTIST = 2;

    private static final Pattern OPTION = Pattern.compile("^[A-Za-z][A-Za-z-]*=");
    private static final List<String> KEYS = List.of("n", "seed", "username", "recency");

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
            if (!OPTION.matcher(argument).find()) {
                sources.add(source(argument));
                continue;
            }
            int equals = argument.indexOf('=');
            String key = argument.substring(0, equals);
            String value = argument.substring(equals + 1);
            switch (key) {
                case "n" -> n = whole("n", value, 1);
                case "seed" -> seed = whole("seed", value, 0);
                case "username" -> username = value.isBlank() ? null : value;
                case "recency" -> recency = factor(value);
                default -> throw new IllegalArgumentException(unknownOption(argument, key, value, what));
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

    // "./" lets a path that looks like an option through; a trailing slash only says "folder".
    private static String source(String argument) {
        String source = argument.startsWith("./") ? argument.substring(2) : argument;
        while (source.length() > 1 && source.endsWith("/")) {
            source = source.substring(0, source.length() - 1);
        }
        return source;
    }

    private static String unknownOption(String argument, String key, String value, String what) {
        String guess = KEYS.stream()
                .filter(known -> known.equalsIgnoreCase(key))
                .findFirst()
                .map(known -> "did you mean " + known + "=" + value + "? ")
                .orElse("");
        String asPath = what.equals("PATH") ? "; a path that starts like an option is written ./" + argument : "";
        return "'" + argument + "' is not an option: " + guess + "the options are " + String.join(", ", KEYS) + asPath;
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

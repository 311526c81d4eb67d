package org.moomoo.api.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.moomoo.api.system.ApiException;
import org.moomoo.playlist.generator.TrackOptions;

/**
 * The parameters of {@code from-files} and {@code from-mbids}: the repeatable sources ({@code path}
 * or {@code mbid}), then {@code n}, {@code seed}, {@code username} and {@code recency} (DESIGN 9.15).
 * Every value is checked; a bad one is a 400 whose message names it and says what is expected.
 *
 * @param sources paths (repeated and trailing slashes dropped) or lower-case MBIDs
 * @param n total playlist length, 1 to 500
 * @param seed how many source tracks are shown first, 1 to {@code n}
 * @param username whose listens weight the seeds; null for none
 * @param recency how far that listener's recent plays are pushed away; 0 to ignore
 */
record GeneratorRequest(List<String> sources, int n, int seed, String username, double recency) {

    static final int MAX_N = 500;
    static final int MAX_SOURCES = 100;
    static final int MAX_PATH_LENGTH = 4096;
    static final double MAX_RECENCY = 100;
    /** Tracks per artist, as the original's route. */
    static final int LIMIT_PER_ARTIST = 2;

    private static final Pattern MBID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    GeneratorRequest {
        sources = List.copyOf(sources);
    }

    /** {@code from-files}: {@code path} repeated. */
    static GeneratorRequest paths(Map<String, String[]> parameters) {
        List<String> paths = new ArrayList<>();
        for (String value : sources(parameters, "path", "No paths provided.")) {
            paths.add(path(value));
        }
        return withOptions(paths, parameters);
    }

    /** {@code from-mbids}: {@code mbid} repeated. */
    static GeneratorRequest mbids(Map<String, String[]> parameters) {
        List<String> mbids = new ArrayList<>();
        for (String value : sources(parameters, "mbid", "No MBIDs provided.")) {
            if (!MBID.matcher(value).matches()) {
                throw ApiException.badRequest("mbid '" + shown(value) + "' is not an MBID; expected a UUID like "
                        + "89ad4ac3-39f7-470e-963a-56509c546377.");
            }
            mbids.add(value.toLowerCase());
        }
        return withOptions(mbids, parameters);
    }

    /** The pipeline's options: n tracks in all, the seeds shown first, two per artist, shuffled. */
    TrackOptions options() {
        return new TrackOptions(n, LIMIT_PER_ARTIST, true, seed, recency);
    }

    private static String[] sources(Map<String, String[]> parameters, String name, String missing) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            throw ApiException.badRequest(missing);
        }
        if (values.length > MAX_SOURCES) {
            throw ApiException.badRequest(
                    "At most " + MAX_SOURCES + " " + name + " values are accepted, got " + values.length + ".");
        }
        return values;
    }

    private static GeneratorRequest withOptions(List<String> sources, Map<String, String[]> parameters) {
        String nText = single(parameters, "n");
        int n = nText == null ? 20 : whole("n", nText, 1, MAX_N, "1 to " + MAX_N);
        String seedText = single(parameters, "seed");
        int seed = seedText == null ? 1 : whole("seed", seedText, 1, n, "1 to n (" + n + ")");
        String username = single(parameters, "username");
        if (username != null) {
            username = Username.check(username);
        }
        String recencyText = single(parameters, "recency");
        double recency = recencyText == null ? 0 : recency(recencyText);
        if (recency > 0 && username == null) {
            throw ApiException.badRequest(
                    "recency needs a username: it pushes away what that listener played " + "recently.");
        }
        return new GeneratorRequest(sources, n, seed, username, recency);
    }

    // A path is data: only repeated and trailing slashes go; '..', '%', '_' and quotes stay as they are.
    private static String path(String value) {
        String path = SLASHES.matcher(value).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            throw ApiException.badRequest("path must not be empty; give a file or folder relative to the library.");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            throw ApiException.badRequest(
                    "path is " + path.length() + " characters long; at most " + MAX_PATH_LENGTH + " are accepted.");
        }
        if (Username.hasControlCharacter(path)) {
            throw ApiException.badRequest("path '" + shown(path) + "' contains a control character.");
        }
        return path;
    }

    static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw ApiException.badRequest(name + " is given " + values.length + " times; give it once.");
        }
        return values[0];
    }

    static int whole(String name, String text, int least, int most, String range) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected range.
        }
        throw ApiException.badRequest(name + " must be a whole number from " + range + ", got '" + shown(text) + "'.");
    }

    private static double recency(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= MAX_RECENCY) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected range.
        }
        throw ApiException.badRequest(
                "recency must be a number from 0 to " + (int) MAX_RECENCY + " (try 0.5), got '" + shown(text) + "'.");
    }

    /** A value as a message shows it: at most 80 characters. */
    static String shown(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}

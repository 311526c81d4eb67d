package org.moomoo.jobs.playlist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moomoo.playlist.similarity.SongPath;

/**
 * The arguments of {@code moomoo playlist path FROM TO [n=20]}: the two files, relative to the
 * library, then {@code n}. As for from-files, a word that starts with a name and {@code =} is an
 * option, and a path that looks like one is written with a leading {@code ./}, which is dropped.
 *
 * @param from the first track's path
 * @param to the last track's path
 * @param n total length, both ends included, at least 2
 */
record SongPathRequest(String from, String to, int n) {

    private static final Pattern OPTION = Pattern.compile("^[A-Za-z][A-Za-z-]*=");

    static SongPathRequest parse(List<String> arguments) {
        List<String> ends = new ArrayList<>();
        int n = SongPath.DEFAULT_LENGTH;
        for (String argument : arguments) {
            if (!OPTION.matcher(argument).find()) {
                ends.add(end(argument));
                continue;
            }
            int equals = argument.indexOf('=');
            String key = argument.substring(0, equals);
            String value = argument.substring(equals + 1);
            if (!key.equalsIgnoreCase("n")) {
                throw new IllegalArgumentException("'" + argument + "' is not an option: the only option is n (the"
                        + " length); a path that starts like an option is written ./" + argument);
            }
            if (!key.equals("n")) {
                throw new IllegalArgumentException(
                        "'" + argument + "' is not an option: did you mean n=" + value + "?");
            }
            n = length(value);
        }
        if (ends.size() != 2) {
            throw new IllegalArgumentException("give two files, FROM and TO, relative to the library; got "
                    + ends.size() + (ends.size() == 1 ? " path" : " paths"));
        }
        return new SongPathRequest(ends.get(0), ends.get(1), n);
    }

    private static String end(String argument) {
        String end = argument.startsWith("./") ? argument.substring(2) : argument;
        while (end.length() > 1 && end.endsWith("/")) {
            end = end.substring(0, end.length() - 1);
        }
        return end;
    }

    private static int length(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 2) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected form.
        }
        throw new IllegalArgumentException(
                "n='" + value + "' is not a whole number of at least 2 (a path has its two ends)");
    }
}

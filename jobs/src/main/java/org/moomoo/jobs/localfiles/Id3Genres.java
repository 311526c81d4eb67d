package org.moomoo.jobs.localfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jaudiotagger.tag.reference.GenreTypes;

/** ID3 genre strings resolved the way mutagen's TCON.genres does it, with mutagen's genre names. */
final class Id3Genres {

    /** {@code (17)}, {@code (RX)}, {@code (CR)}: a reference at the start of a genre string. */
    private static final Pattern REFERENCE = Pattern.compile("\\(([0-9]+|RX|CR)\\)");
    /** Names that jaudiotagger spells differently from mutagen, by ID3v1 genre number. */
    private static final Map<Integer, String> MUTAGEN_SPELLING = Map.of(
            40,
            "Alt. Rock",
            59,
            "Gangsta Rap",
            67,
            "Psychedelic",
            84,
            "Fast-Fusion",
            85,
            "Bebop",
            123,
            "A Cappella",
            133,
            "Afro-Punk",
            147,
            "Synthpop");
    /** mutagen knows the ID3v1 genres 0-191 (Winamp's list); higher numbers are "Unknown". */
    private static final int GENRE_COUNT = 192;

    private Id3Genres() {}

    /** The genres of a TCON frame's values: numbers and {@code (17)}-style references become names. */
    static List<String> resolve(List<String> values) {
        List<String> genres = new ArrayList<>();
        for (String value : values) {
            int number = number(value);
            if (number >= 0 && number < 256) {
                genres.add(name(number));
            } else if (value.equals("CR")) {
                genres.add("Cover");
            } else if (value.equals("RX")) {
                genres.add("Remix");
            } else if (!value.isEmpty()) {
                genres.addAll(referencesAndName(value));
            }
        }
        return genres;
    }

    /** The ID3v1 genre's name, in mutagen's spelling; jaudiotagger only gives its own name. */
    static String v1Genre(String jaudiotaggerName) {
        if (jaudiotaggerName == null || jaudiotaggerName.isEmpty()) {
            return null;
        }
        Integer number = GenreTypes.getInstanceOf().getIdForName(jaudiotaggerName);
        return number == null ? jaudiotaggerName : name(number);
    }

    private static List<String> referencesAndName(String value) {
        List<String> genres = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(value);
        int end = 0;
        while (reference.find(end) && reference.start() == end) {
            String id = reference.group(1);
            int number = number(id);
            genres.add(
                    id.equals("CR")
                            ? "Cover"
                            : id.equals("RX")
                                    ? "Remix"
                                    : number >= 0 && number < GENRE_COUNT ? name(number) : "Unknown");
            end = reference.end();
        }
        // The rest is a name up to the first line break, like Python's "." in mutagen's regex.
        String name = value.substring(end);
        int lineBreak = name.indexOf('\n');
        name = lineBreak < 0 ? name : name.substring(0, lineBreak);
        if (!name.isEmpty()) {
            // "((" escapes a name that really starts with "(".
            name = name.startsWith("((") ? name.substring(1) : name;
            if (!genres.contains(name)) {
                genres.add(name);
            }
        }
        return genres;
    }

    private static String name(int number) {
        if (number >= GENRE_COUNT) {
            return "Unknown";
        }
        String name = MUTAGEN_SPELLING.get(number);
        return name != null ? name : GenreTypes.getInstanceOf().getValueForId(number);
    }

    /** The value of a string of ASCII digits, 999 for any value above that; -1 for anything else. */
    private static int number(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int start = 0;
        while (start < value.length() - 1 && value.charAt(start) == '0') {
            start++;
        }
        return value.length() - start > 3 ? 999 : Integer.parseInt(value.substring(start));
    }
}

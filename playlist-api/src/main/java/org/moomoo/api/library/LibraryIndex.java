package org.moomoo.api.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every file of {@code local_files} with its tags, and for each one lower-case, accent-free text of
 * its title, artist, album and path: a search is a scan of those strings, a few milliseconds for
 * 100,000 files, so no text index in the database is needed. Immutable; built once per snapshot.
 */
final class LibraryIndex {

    /**
     * One file as the page shows it.
     *
     * @param lengthSeconds whole seconds, null when unknown
     * @param embedded whether the file has a vector (can seed "more like this" and is on the map)
     */
    record Entry(String filepath, String title, String artist, String album, Integer lengthSeconds, boolean embedded) {}

    /** The first {@code limit} matches in path order, and how many files match in all. */
    record Matches(int total, List<Entry> entries) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Entry> entries;
    private final String[] texts;
    private final Map<String, Entry> byPath;

    /** @param entries every file, in path order */
    LibraryIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.texts = new String[entries.size()];
        this.byPath = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < texts.length; i++) {
            Entry entry = entries.get(i);
            // A separator no query can contain keeps a word from matching across two fields.
            texts[i] = fold(String.join(
                    "\u0000",
                    nonNull(entry.title()),
                    nonNull(entry.artist()),
                    nonNull(entry.album()),
                    entry.filepath()));
            byPath.put(entry.filepath(), entry);
        }
    }

    int size() {
        return entries.size();
    }

    /** The file at {@code path} exactly, or null when it is not a row of the library. */
    Entry at(String path) {
        return byPath.get(path);
    }

    /** The files whose title, artist, album or path contain every word of {@code query}, ignoring case and accents. */
    Matches search(String query, int limit) {
        String[] words = SPACES.split(fold(query).strip());
        List<Entry> found = new ArrayList<>(limit);
        int total = 0;
        for (int i = 0; i < texts.length; i++) {
            if (containsAll(texts[i], words)) {
                total++;
                if (found.size() < limit) {
                    found.add(entries.get(i));
                }
            }
        }
        return new Matches(total, found);
    }

    /** Lower case without accents: "Ünïcødé" and "unicode" match, as do "Beyoncé" and "BEYONCE". */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

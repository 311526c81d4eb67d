package org.moomoo.jobs.localfiles;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value rule of spec 5.6: each json key of {@link AudioTags} with the mutagen "easy" keys tried
 * for it, in order. A candidate counts when the tag has it, with at least one value and a first
 * value that is not empty; the first value of the first candidate that counts is the result, else
 * null.
 */
final class CandidateKeys {

    /** json key of each tag value, with the easy keys tried for it, in order. */
    private static final Map<String, List<String>> CANDIDATES = candidates();

    private CandidateKeys() {}

    /** The 17 tag values picked from {@code source} by the rule, plus the length in seconds. */
    static AudioTags toAudioTags(TagSource source, double length) {
        Map<String, Object> json = new HashMap<>(32);
        CANDIDATES.forEach((jsonKey, keys) -> json.put(jsonKey, firstValue(source, keys)));
        json.put(AudioTags.LENGTH, length);
        return AudioTags.parsed(json);
    }

    private static String firstValue(TagSource source, List<String> keys) {
        for (String key : keys) {
            List<String> values = source.values(key);
            if (values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    private static Map<String, List<String>> candidates() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (String key : AudioTags.TAG_KEYS) {
            candidates.put(key, List.of(key));
        }
        candidates.put(AudioTags.DATE, List.of("date", "originalyear", "year", "origyear"));
        candidates.put(AudioTags.ALBUM_ARTIST, List.of("albumartist", "album artist"));
        return candidates;
    }
}

package org.moomoo.jobs.localfiles;

import java.util.List;

/**
 * One file's tag, asked by mutagen's "easy" keys ({@code album}, {@code tracknumber},
 * {@code musicbrainz_trackid}, ...), the keys the original read tags by.
 */
@FunctionalInterface
interface TagSource {

    /** A file without a tag: it lacks every key. */
    TagSource NONE = key -> null;

    /** The values of one easy key in the tag, or null when the tag lacks the key. */
    List<String> values(String key);
}

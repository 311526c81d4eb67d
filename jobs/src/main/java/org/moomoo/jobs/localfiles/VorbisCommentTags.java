package org.moomoo.jobs.localfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;

/**
 * Vorbis comments, the tag of FLAC, Ogg Vorbis and Ogg Opus files: the easy key upper-cased is the
 * comment key, and comment keys are case-insensitive. Every value is taken as written (genre
 * included).
 *
 * @param comments the values of each comment key, the key upper-cased, the values in file order
 */
record VorbisCommentTags(Map<String, List<String>> comments) implements TagSource {

    /** The comments jaudiotagger read from a FLAC or Ogg Vorbis file; it has upper-cased the keys. */
    static VorbisCommentTags of(VorbisCommentTag tag) {
        Map<String, List<String>> comments = new HashMap<>();
        Iterator<TagField> fields = tag.getFields();
        while (fields.hasNext()) {
            TagField field = fields.next();
            comments.computeIfAbsent(field.getId(), key -> new ArrayList<>())
                    .add(field instanceof TagTextField text ? text.getContent() : "");
        }
        return new VorbisCommentTags(comments);
    }

    /**
     * Comments as a file stores them, {@code KEY=value}. One without {@code =} has no key and is
     * left out, as mutagen gives it a made-up key that no easy key matches.
     */
    static VorbisCommentTags parse(List<String> comments) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (String comment : comments) {
            int equals = comment.indexOf('=');
            if (equals >= 0) {
                byKey.computeIfAbsent(comment.substring(0, equals).toUpperCase(Locale.ROOT), key -> new ArrayList<>())
                        .add(comment.substring(equals + 1));
            }
        }
        return new VorbisCommentTags(byKey);
    }

    @Override
    public List<String> values(String key) {
        return comments.get(key.toUpperCase(Locale.ROOT));
    }
}

package org.moomoo.jobs.localfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;

/**
 * Vorbis comments, the tag of FLAC and Ogg Vorbis files: the easy key upper-cased is the comment
 * key, and comment keys are case-insensitive. Every value is taken as written (genre included).
 */
record VorbisCommentTags(VorbisCommentTag tag) implements TagSource {

    @Override
    public List<String> values(String key) {
        List<TagField> fields = tag.getFields(key.toUpperCase(Locale.ROOT));
        if (fields.isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>(fields.size());
        for (TagField field : fields) {
            values.add(field instanceof TagTextField text ? text.getContent() : "");
        }
        return values;
    }
}

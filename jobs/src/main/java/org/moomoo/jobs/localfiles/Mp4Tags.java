package org.moomoo.jobs.localfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.mp4.field.Mp4DiscNoField;
import org.jaudiotagger.tag.mp4.field.Mp4TrackField;

/**
 * The iTunes atoms of an MP4 ({@code .m4a}) file under the keys mutagen's EasyMP4 gives them
 * (©alb, ©nam, ©ART, aART, ©day, ©gen, trkn and disk as {@code n/total}), plus Picard's
 * {@code ----:com.apple.iTunes:MusicBrainz ...} atoms, including the disc, release track and release
 * group ids that EasyMP4 does not map.
 */
record Mp4Tags(Tag tag) implements TagSource {

    private static final String FREEFORM = "----:com.apple.iTunes:";
    private static final Map<String, String> ATOMS = Map.ofEntries(
            Map.entry("album", "\u00a9alb"),
            Map.entry("title", "\u00a9nam"),
            Map.entry("artist", "\u00a9ART"),
            Map.entry("albumartist", "aART"),
            Map.entry("date", "\u00a9day"),
            Map.entry("genre", "\u00a9gen"),
            Map.entry("tracknumber", "trkn"),
            Map.entry("discnumber", "disk"),
            Map.entry("musicbrainz_trackid", FREEFORM + "MusicBrainz Track Id"),
            Map.entry("musicbrainz_artistid", FREEFORM + "MusicBrainz Artist Id"),
            Map.entry("musicbrainz_albumid", FREEFORM + "MusicBrainz Album Id"),
            Map.entry("musicbrainz_albumartistid", FREEFORM + "MusicBrainz Album Artist Id"),
            Map.entry("musicbrainz_discid", FREEFORM + "MusicBrainz Disc Id"),
            Map.entry("musicbrainz_albumstatus", FREEFORM + "MusicBrainz Album Status"),
            Map.entry("musicbrainz_albumtype", FREEFORM + "MusicBrainz Album Type"),
            Map.entry("musicbrainz_releasetrackid", FREEFORM + "MusicBrainz Release Track Id"),
            Map.entry("musicbrainz_releasegroupid", FREEFORM + "MusicBrainz Release Group Id"));

    @Override
    public List<String> values(String key) {
        String atom = ATOMS.get(key);
        if (atom == null) {
            return null;
        }
        List<TagField> fields = tag.getFields(atom);
        List<String> values = new ArrayList<>(fields.size());
        for (TagField field : fields) {
            if (field instanceof Mp4TrackField track) {
                values.add(numberOfTotal(track.getTrackNo(), track.getTrackTotal()));
            } else if (field instanceof Mp4DiscNoField disc) {
                values.add(numberOfTotal(disc.getDiscNo(), disc.getDiscTotal()));
            } else if (field instanceof TagTextField text) {
                values.add(text.getContent());
            }
        }
        return values.isEmpty() ? null : values;
    }

    private static String numberOfTotal(Short number, Short total) {
        int n = number == null ? 0 : number;
        return total == null || total == 0 ? Integer.toString(n) : n + "/" + total;
    }
}

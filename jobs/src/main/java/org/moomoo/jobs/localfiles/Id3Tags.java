package org.moomoo.jobs.localfiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.datatype.DataTypes;
import org.jaudiotagger.tag.datatype.PartOfSet;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.AggregatedFrame;
import org.jaudiotagger.tag.id3.ID3v11Tag;
import org.jaudiotagger.tag.id3.ID3v1Tag;
import org.jaudiotagger.tag.id3.TyerTdatAggregatedFrame;
import org.jaudiotagger.tag.id3.framebody.AbstractFrameBodyNumberTotal;
import org.jaudiotagger.tag.id3.framebody.AbstractFrameBodyTextInfo;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.id3.framebody.FrameBodyUFID;

/**
 * The ID3 tags of an MP3 file (or of a WAV file's ID3 chunk) under mutagen's EasyID3 keys.
 *
 * <p>ID3v2.2, v2.3 and v2.4 text frames: TALB, TIT2, TPE1, raw TRCK and TPOS such as {@code 3/12},
 * TPE2; TCON with {@code (17)}-style genre numbers resolved to names ({@link Id3Genres}); TDRC, or
 * for ID3v2.2/2.3 TYER + TDAT + TIME joined into one date ({@link Id3Dates}). MusicBrainz ids: UFID
 * {@code http://musicbrainz.org} (the recording id) and TXXX frames with Picard's descriptions
 * (exact, case-sensitive). An ID3v1 tag fills in title, artist, album, year, track and genre when
 * the ID3v2 tag lacks them, as mutagen merges ID3v1 into ID3v2 when loading.
 */
final class Id3Tags implements TagSource {

    private static final String MUSICBRAINZ_UFID_OWNER = "http://musicbrainz.org";
    /** ID3v2.3 readers in jaudiotagger merge TYER and TDAT into one pseudo-frame with this id. */
    private static final String TYER_TDAT = TyerTdatAggregatedFrame.ID_TYER_TDAT;

    private static final Map<String, String> TXXX_DESCRIPTIONS = Map.of(
            "musicbrainz_artistid", "MusicBrainz Artist Id",
            "musicbrainz_albumid", "MusicBrainz Album Id",
            "musicbrainz_albumartistid", "MusicBrainz Album Artist Id",
            "musicbrainz_discid", "MusicBrainz Disc Id",
            "musicbrainz_albumstatus", "MusicBrainz Album Status",
            "musicbrainz_albumtype", "MusicBrainz Album Type",
            "musicbrainz_releasetrackid", "MusicBrainz Release Track Id",
            "musicbrainz_releasegroupid", "MusicBrainz Release Group Id");

    private final AbstractID3v2Tag v2;
    private final ID3v1Tag v1;
    private final Id3FrameIds ids;

    /** Either tag may be null when the file lacks it. */
    Id3Tags(AbstractID3v2Tag v2, ID3v1Tag v1) {
        this.v2 = v2;
        this.v1 = v1;
        this.ids = Id3FrameIds.of(v2);
    }

    @Override
    public List<String> values(String key) {
        List<String> values = v2 == null ? null : fromV2(key);
        return values != null || v1 == null ? values : fromV1(key);
    }

    private List<String> fromV2(String key) {
        String description = TXXX_DESCRIPTIONS.get(key);
        if (description != null) {
            return userText(description);
        }
        return switch (key) {
            case "album" -> text(ids.album());
            case "title" -> text(ids.title());
            case "artist" -> text(ids.artist());
            case "tracknumber" -> text(ids.track());
            case "discnumber" -> text(ids.disc());
            case "albumartist" -> text(ids.albumArtist());
            case "genre" -> genres(text(ids.genre()));
            case "date" -> dates();
            case "musicbrainz_trackid" -> musicBrainzRecordingId();
            default -> null;
        };
    }

    private List<String> fromV1(String key) {
        String value = switch (key) {
            case "album" -> v1.getFirstAlbum();
            case "title" -> v1.getFirstTitle();
            case "artist" -> v1.getFirstArtist();
            case "date" -> Id3Dates.normalise(v1.getFirstYear());
            case "tracknumber" -> v1 instanceof ID3v11Tag v11 ? v11.getFirstTrack() : null;
            case "genre" -> Id3Genres.v1Genre(v1.getFirstGenre());
            default -> null;
        };
        // mutagen skips empty ID3v1 fields, and a track number 0 means none.
        return value == null || value.isBlank() || (key.equals("tracknumber") && value.equals("0"))
                ? null
                : List.of(value.strip());
    }

    private List<String> genres(List<String> values) {
        // mutagen resolves genre numbers once while loading the tag and again when asked for
        // the genre; resolving twice gives what it gave (only differs for "((" escapes).
        return values == null ? null : Id3Genres.resolve(Id3Genres.resolve(values));
    }

    private List<String> dates() {
        List<String> recorded = ids.recordingDate() == null ? null : text(ids.recordingDate());
        if (recorded != null) {
            List<String> dates = new ArrayList<>(recorded.size());
            recorded.forEach(date -> dates.add(Id3Dates.normalise(date)));
            return dates;
        }
        String year = null;
        String dayMonth = null;
        List<TagField> aggregated = v2.getFrame(TYER_TDAT);
        if (aggregated != null && !aggregated.isEmpty() && aggregated.get(0) instanceof AggregatedFrame frames) {
            for (AbstractID3v2Frame frame : frames.getFrames()) {
                List<String> values = frameText(frame);
                String first = values == null || values.isEmpty() ? "" : values.get(0);
                if (frame.getIdentifier().equals(ids.year())) {
                    year = first;
                } else if (frame.getIdentifier().equals(ids.dayMonth())) {
                    dayMonth = first;
                }
            }
        } else {
            year = firstText(ids.year());
            dayMonth = firstText(ids.dayMonth());
        }
        String time = firstText(ids.time());
        if (year == null && dayMonth == null && time == null) {
            return null;
        }
        String joined = Id3Dates.join(year, dayMonth, time);
        return joined.isEmpty() ? List.of() : List.of(Id3Dates.normalise(joined));
    }

    private List<String> musicBrainzRecordingId() {
        List<TagField> frames = v2.getFrame(ids.ufid());
        if (frames != null) {
            for (TagField field : frames) {
                if (field instanceof AbstractID3v2Frame frame
                        && frame.getBody() instanceof FrameBodyUFID ufid
                        && MUSICBRAINZ_UFID_OWNER.equals(ufid.getOwner())) {
                    return List.of(new String(ufid.getUniqueIdentifier(), StandardCharsets.US_ASCII));
                }
            }
        }
        return null;
    }

    private List<String> userText(String description) {
        List<TagField> frames = v2.getFrame(ids.userText());
        if (frames != null) {
            for (TagField field : frames) {
                if (field instanceof AbstractID3v2Frame frame
                        && frame.getBody() instanceof FrameBodyTXXX txxx
                        && description.equals(txxx.getDescription())) {
                    return txxx.getValues();
                }
            }
        }
        return null;
    }

    private String firstText(String frameId) {
        List<String> values = text(frameId);
        return values == null ? null : values.isEmpty() ? "" : values.get(0);
    }

    /** The values of the first frame with this id; null when there is none. */
    private List<String> text(String frameId) {
        List<TagField> frames = v2.getFrame(frameId);
        if (frames == null || frames.isEmpty() || !(frames.get(0) instanceof AbstractID3v2Frame frame)) {
            return null;
        }
        return frameText(frame);
    }

    private static List<String> frameText(AbstractID3v2Frame frame) {
        if (frame.getBody() instanceof AbstractFrameBodyTextInfo text) {
            return text.getValues();
        }
        if (frame.getBody() instanceof AbstractFrameBodyNumberTotal numbers
                && numbers.getObjectValue(DataTypes.OBJ_TEXT) instanceof PartOfSet.PartOfSetValue value) {
            // The raw text ("3/12", "A1"), not jaudiotagger's number parsed out of it.
            String raw = value.getRawValue() == null ? "" : value.getRawValue();
            int end = raw.indexOf('\0');
            return List.of(end < 0 ? raw : raw.substring(0, end));
        }
        return null;
    }
}

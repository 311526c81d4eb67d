package org.moomoo.jobs.localfiles;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.exceptions.InvalidAudioFrameException;
import org.jaudiotagger.audio.flac.FlacFileReader;
import org.jaudiotagger.audio.generic.AudioFileReader;
import org.jaudiotagger.audio.mp3.MP3File;
import org.jaudiotagger.audio.mp4.Mp4FileReader;
import org.jaudiotagger.audio.ogg.OggFileReader;
import org.jaudiotagger.audio.wav.WavFileReader;
import org.jaudiotagger.tag.Tag;
import org.jaudiotagger.tag.TagField;
import org.jaudiotagger.tag.TagOptionSingleton;
import org.jaudiotagger.tag.TagTextField;
import org.jaudiotagger.tag.datatype.DataTypes;
import org.jaudiotagger.tag.datatype.PartOfSet;
import org.jaudiotagger.tag.flac.FlacTag;
import org.jaudiotagger.tag.id3.AbstractID3v2Frame;
import org.jaudiotagger.tag.id3.AbstractID3v2Tag;
import org.jaudiotagger.tag.id3.AggregatedFrame;
import org.jaudiotagger.tag.id3.ID3v11Tag;
import org.jaudiotagger.tag.id3.ID3v1Tag;
import org.jaudiotagger.tag.id3.ID3v22Frames;
import org.jaudiotagger.tag.id3.ID3v22Tag;
import org.jaudiotagger.tag.id3.ID3v23Frames;
import org.jaudiotagger.tag.id3.ID3v24Frames;
import org.jaudiotagger.tag.id3.ID3v2ChapterFrames;
import org.jaudiotagger.tag.id3.TyerTdatAggregatedFrame;
import org.jaudiotagger.tag.id3.framebody.AbstractFrameBodyNumberTotal;
import org.jaudiotagger.tag.id3.framebody.AbstractFrameBodyTextInfo;
import org.jaudiotagger.tag.id3.framebody.FrameBodyTXXX;
import org.jaudiotagger.tag.id3.framebody.FrameBodyUFID;
import org.jaudiotagger.tag.id3.valuepair.ChannelTypes;
import org.jaudiotagger.tag.id3.valuepair.EventTimingTimestampTypes;
import org.jaudiotagger.tag.id3.valuepair.EventTimingTypes;
import org.jaudiotagger.tag.id3.valuepair.InterpolationTypes;
import org.jaudiotagger.tag.id3.valuepair.ReceivedAsTypes;
import org.jaudiotagger.tag.id3.valuepair.SynchronisedLyricsContentType;
import org.jaudiotagger.tag.id3.valuepair.TextEncoding;
import org.jaudiotagger.tag.id3.valuepair.V2GenreTypes;
import org.jaudiotagger.tag.mp4.field.Mp4DiscNoField;
import org.jaudiotagger.tag.mp4.field.Mp4TrackField;
import org.jaudiotagger.tag.reference.GenreTypes;
import org.jaudiotagger.tag.reference.Languages;
import org.jaudiotagger.tag.reference.PictureTypes;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;
import org.jaudiotagger.tag.wav.WavTag;

/**
 * Reads the tags of one audio file into {@link AudioTags} with jaudiotagger 3.0.1, by the rules of
 * spec 5.6. The original read tags with mutagen's "easy" interface; where the two libraries differ
 * (ID3 genre numbers, ID3v2.3 dates, ID3v1 fallback) this class reproduces what mutagen gave.
 *
 * <p>Value rule: for each tag key, try its candidate keys in order; a candidate counts when it is
 * present, has at least one value and its first value is not empty; the first value of the first
 * candidate that counts is the result, else null. Formats and tags:
 * <ul>
 *   <li><b>MP3</b>: ID3v2.2, v2.3 and v2.4 text frames (TALB, TIT2, TPE1, raw TRCK and TPOS such
 *       as {@code 3/12}, TPE2), TCON with {@code (17)}-style genre numbers resolved to names
 *       (mutagen's spelling), TDRC, or for ID3v2.2/2.3 TYER + TDAT + TIME joined into one date,
 *       normalised like mutagen ({@code 2004-07-12 10:30:00}). MusicBrainz ids: UFID
 *       {@code http://musicbrainz.org} (the recording id) and TXXX frames with Picard's
 *       descriptions (exact, case-sensitive). An ID3v1 tag fills in title, artist, album, year,
 *       track and genre that the ID3v2 tag lacks. Length from the Xing/LAME header or the bit rate.
 *   <li><b>FLAC</b> and <b>Ogg Vorbis</b> ({@code .ogg}): Vorbis comments, keys case-insensitive;
 *       date falls back from DATE to ORIGINALYEAR, YEAR, ORIGYEAR and album artist from ALBUMARTIST
 *       to "ALBUM ARTIST". Genre is taken as written. Length = samples / sample rate.
 *   <li><b>MP4</b> ({@code .m4a}): the iTunes atoms mutagen's EasyMP4 reads (©alb, ©nam, ©ART,
 *       aART, ©day, ©gen, trkn and disk as {@code n/total}) and Picard's
 *       {@code ----:com.apple.iTunes:MusicBrainz ...} atoms, including the disc, release track and
 *       release group ids that EasyMP4 does not map.
 *   <li><b>WAV</b>: an ID3 chunk, read as for MP3 (the RIFF INFO chunk is not read).
 *   <li>Not read: Opus ({@code .opus}); jaudiotagger 3.0.1 has no Opus reader.
 * </ul>
 * Only MP3 and FLAC are {@linkplain #isAudioFile audio files} for the library scan, as spec 5.6
 * requires; the other formats are read when asked.
 *
 * <p>{@link #read} never throws for a bad file: a file that cannot be parsed gives
 * {@link AudioTags#unreadable} with a short reason. Thread-safe: a call shares nothing mutable with
 * other calls.
 */
public final class TagReader {

    /** Kept in a field because java.util.logging holds loggers weakly and would forget the level. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    /** json key of each tag value, with the mutagen "easy" keys tried for it, in order. */
    private static final Map<String, List<String>> CANDIDATES = candidates();

    static {
        // Every failure reaches the caller as AudioTags.failure; jaudiotagger's own records would
        // repeat it with stack traces, and warn about oddities in files that read fine.
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        // jaudiotagger creates these lookup tables lazily without synchronisation (one fills a
        // shared HashMap). Creating them here, while the JVM initialises this class, publishes them
        // safely to every thread that reads tags later.
        TagOptionSingleton.getInstance();
        ID3v22Frames.getInstanceOf();
        ID3v23Frames.getInstanceOf();
        ID3v24Frames.getInstanceOf();
        ID3v2ChapterFrames.getInstanceOf();
        TextEncoding.getInstanceOf();
        GenreTypes.getInstanceOf();
        V2GenreTypes.getInstanceOf();
        Languages.getInstanceOf();
        PictureTypes.getInstanceOf();
        ChannelTypes.getInstanceOf();
        InterpolationTypes.getInstanceOf();
        ReceivedAsTypes.getInstanceOf();
        EventTimingTypes.getInstanceOf();
        EventTimingTimestampTypes.getInstanceOf();
        SynchronisedLyricsContentType.getInstanceOf();
    }

    /**
     * Whether the library scan keeps a file of this name: extension {@code .mp3} or {@code .flac},
     * case-insensitive (spec 5.6: "nothing else").
     */
    public static boolean isAudioFile(String fileName) {
        Format format = Format.of(fileName);
        return format != null && format.scanned;
    }

    /** The tags of {@code file}, or the reason it could not be parsed. */
    public AudioTags read(Path file) {
        Format format = Format.of(file.getFileName().toString());
        if (format == null) {
            return AudioTags.unreadable("unsupported file type");
        }
        File path = file.toFile();
        try {
            return switch (format) {
                case MP3 -> readMp3(path);
                case FLAC -> readVorbis(new FlacFileReader(), path);
                case OGG -> readVorbis(new OggFileReader(), path);
                case M4A -> readMp4(path);
                case WAV -> readWav(path);
            };
        } catch (Exception e) {
            // Checked exceptions are jaudiotagger's format and I/O errors; runtime ones come from
            // its parsers tripping over corrupt sizes and offsets. Either way the file is unreadable.
            return AudioTags.unreadable(reason(file, format, e));
        } catch (OutOfMemoryError e) {
            // A corrupt size field makes jaudiotagger ask for an impossible array; the request
            // fails before anything is allocated, so the scan can go on with the next file.
            return AudioTags.unreadable(reason(file, format, e));
        }
    }

    private static AudioTags readMp3(File file) throws Exception {
        MP3File mp3 = new MP3File(file, MP3File.LOAD_IDV2TAG | MP3File.LOAD_IDV1TAG, true);
        Id3Source tags = new Id3Source(mp3.getID3v2Tag(), mp3.getID3v1Tag());
        return toAudioTags(tags, mp3.getMP3AudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readVorbis(AudioFileReader reader, File file) throws Exception {
        AudioFile audio = reader.read(file);
        Tag tag = audio.getTag();
        VorbisCommentTag comments = tag instanceof FlacTag flac ? flac.getVorbisCommentTag() : (VorbisCommentTag) tag;
        TagSource source = comments == null ? key -> null : new VorbisSource(comments);
        return toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readMp4(File file) throws Exception {
        AudioFile audio = new Mp4FileReader().read(file);
        Tag tag = audio.getTag();
        TagSource source = tag == null ? key -> null : new Mp4Source(tag);
        return toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readWav(File file) throws Exception {
        AudioFile audio = new WavFileReader().read(file);
        TagSource source = key -> null;
        if (audio.getTag() instanceof WavTag wav && wav.isExistingId3Tag()) {
            source = new Id3Source(wav.getID3Tag(), null);
        }
        return toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static AudioTags toAudioTags(TagSource source, double length) {
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

    private static String reason(Path file, Format format, Throwable error) {
        try {
            if (!Files.exists(file)) {
                return "cannot read file: no such file";
            }
            if (!Files.isRegularFile(file)) {
                return "not a regular file";
            }
            if (!Files.isReadable(file)) {
                return "cannot read file: permission denied";
            }
            if (Files.size(file) == 0) {
                return "empty file (0 bytes)";
            }
        } catch (IOException e) {
            return "cannot read file: " + e.getMessage();
        }
        if (error instanceof InvalidAudioFrameException) {
            return "not an audio file: no MPEG frame found";
        }
        if (error instanceof OutOfMemoryError) {
            return "corrupt " + format.label + " file: a size field is impossibly large";
        }
        if (error instanceof IOException) {
            return "truncated or corrupt " + format.label + " file";
        }
        if (error instanceof RuntimeException) {
            return "corrupt " + format.label + " file";
        }
        return "not a valid " + format.label + " file";
    }

    /** The formats read, by file extension. */
    private enum Format {
        MP3("mp3", "MP3", true),
        FLAC("flac", "FLAC", true),
        OGG("ogg", "Ogg Vorbis", false),
        M4A("m4a", "MP4", false),
        WAV("wav", "WAV", false);

        private static final Map<String, Format> BY_EXTENSION = byExtension();

        final String extension;
        final String label;
        /** Whether the library scan keeps files of this format (spec 5.6). */
        final boolean scanned;

        Format(String extension, String label, boolean scanned) {
            this.extension = extension;
            this.label = label;
            this.scanned = scanned;
        }

        static Format of(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }

        private static Map<String, Format> byExtension() {
            Map<String, Format> formats = new HashMap<>();
            for (Format format : values()) {
                formats.put(format.extension, format);
            }
            return formats;
        }
    }

    /** The values of one mutagen "easy" key in a file's tag, or null when the tag lacks the key. */
    @FunctionalInterface
    private interface TagSource {
        List<String> values(String key);
    }

    /** Vorbis comments (FLAC, Ogg): the easy key upper-cased is the comment key. */
    private record VorbisSource(VorbisCommentTag tag) implements TagSource {

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

    /** iTunes atoms as mutagen's EasyMP4 names them, plus Picard's other MusicBrainz atoms. */
    private record Mp4Source(Tag tag) implements TagSource {

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

    /**
     * ID3v2 frames by mutagen's EasyID3 keys, falling back to the ID3v1 tag for the fields it has
     * when the ID3v2 tag lacks them (mutagen merges ID3v1 into ID3v2 the same way when loading).
     */
    private static final class Id3Source implements TagSource {

        private static final String MUSICBRAINZ_UFID_OWNER = "http://musicbrainz.org";
        private static final FrameIds V22 = new FrameIds("TAL", "TT2", "TP1", "TRK", "TPA", "TCO", null, "TP2", "UFI",
                "TXX", "TYE", "TDA", "TIM");
        private static final FrameIds V23_V24 = new FrameIds("TALB", "TIT2", "TPE1", "TRCK", "TPOS", "TCON", "TDRC",
                "TPE2", "UFID", "TXXX", "TYER", "TDAT", "TIME");
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
        private final FrameIds ids;

        Id3Source(AbstractID3v2Tag v2, ID3v1Tag v1) {
            this.v2 = v2;
            this.v1 = v1;
            this.ids = v2 instanceof ID3v22Tag ? V22 : V23_V24;
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
                case "album" -> text(ids.album);
                case "title" -> text(ids.title);
                case "artist" -> text(ids.artist);
                case "tracknumber" -> text(ids.track);
                case "discnumber" -> text(ids.disc);
                case "albumartist" -> text(ids.albumArtist);
                case "genre" -> genres(text(ids.genre));
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
                    ? null : List.of(value.strip());
        }

        private List<String> genres(List<String> values) {
            // mutagen resolves genre numbers once while loading the tag and again when asked for
            // the genre; resolving twice gives what it gave (only differs for "((" escapes).
            return values == null ? null : Id3Genres.resolve(Id3Genres.resolve(values));
        }

        private List<String> dates() {
            List<String> recorded = ids.recordingDate == null ? null : text(ids.recordingDate);
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
                    if (frame.getIdentifier().equals(ids.year)) {
                        year = first;
                    } else if (frame.getIdentifier().equals(ids.dayMonth)) {
                        dayMonth = first;
                    }
                }
            } else {
                year = firstText(ids.year);
                dayMonth = firstText(ids.dayMonth);
            }
            String time = firstText(ids.time);
            if (year == null && dayMonth == null && time == null) {
                return null;
            }
            String joined = Id3Dates.join(year, dayMonth, time);
            return joined.isEmpty() ? List.of() : List.of(Id3Dates.normalise(joined));
        }

        private List<String> musicBrainzRecordingId() {
            List<TagField> frames = v2.getFrame(ids.ufid);
            if (frames != null) {
                for (TagField field : frames) {
                    if (field instanceof AbstractID3v2Frame frame && frame.getBody() instanceof FrameBodyUFID ufid
                            && MUSICBRAINZ_UFID_OWNER.equals(ufid.getOwner())) {
                        return List.of(new String(ufid.getUniqueIdentifier(), StandardCharsets.US_ASCII));
                    }
                }
            }
            return null;
        }

        private List<String> userText(String description) {
            List<TagField> frames = v2.getFrame(ids.userText);
            if (frames != null) {
                for (TagField field : frames) {
                    if (field instanceof AbstractID3v2Frame frame && frame.getBody() instanceof FrameBodyTXXX txxx
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

        /** Frame ids of the fields read, for one ID3v2 version (null: the version has no such frame). */
        private record FrameIds(String album, String title, String artist, String track, String disc, String genre,
                String recordingDate, String albumArtist, String ufid, String userText, String year, String dayMonth,
                String time) {
        }
    }

    /** ID3 genre strings resolved the way mutagen's TCON.genres does it. */
    private static final class Id3Genres {

        /** {@code (17)}, {@code (RX)}, {@code (CR)}: a reference at the start of a genre string. */
        private static final Pattern REFERENCE = Pattern.compile("\\(([0-9]+|RX|CR)\\)");
        /** Names that jaudiotagger spells differently from mutagen, by ID3v1 genre number. */
        private static final Map<Integer, String> MUTAGEN_SPELLING = Map.of(
                40, "Alt. Rock", 59, "Gangsta Rap", 67, "Psychedelic", 84, "Fast-Fusion", 85, "Bebop",
                123, "A Cappella", 133, "Afro-Punk", 147, "Synthpop");
        /** mutagen knows the ID3v1 genres 0-191 (Winamp's list); higher numbers are "Unknown". */
        private static final int GENRE_COUNT = 192;

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
                genres.add(id.equals("CR") ? "Cover" : id.equals("RX") ? "Remix"
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
            String digits = value.replaceFirst("^0+(?=.)", "");
            return digits.length() > 3 ? 999 : Integer.parseInt(digits);
        }
    }

    /** ID3 dates as mutagen presents them. */
    private static final class Id3Dates {

        private static final Pattern YEAR = Pattern.compile("[0-9]+");
        private static final Pattern TWO_PAIRS = Pattern.compile("([0-9]{2})([0-9]{2})");
        private static final Pattern SEPARATOR = Pattern.compile("[-T:/.]|\\s+");
        private static final String[] SEPARATORS = {"-", "-", " ", ":", ":"};

        /**
         * ID3v2.2/2.3 TYER (year), TDAT (DDMM) and TIME (HHMM) joined into an ISO-like date the
         * way mutagen upgrades them to TDRC; empty when the year is not a number.
         */
        static String join(String year, String dayMonth, String time) {
            if (year == null || !YEAR.matcher(year).matches()) {
                return "";
            }
            StringBuilder date = new StringBuilder(year);
            Matcher day = TWO_PAIRS.matcher(dayMonth == null ? "" : dayMonth);
            if (day.matches()) {
                date.append('-').append(day.group(2)).append('-').append(day.group(1));
                Matcher clock = TWO_PAIRS.matcher(time == null ? "" : time);
                if (clock.matches()) {
                    date.append('T').append(clock.group(1)).append(':').append(clock.group(2)).append(":00");
                }
            }
            return date.toString();
        }

        /**
         * A timestamp re-printed from its numeric parts like mutagen's ID3TimeStamp: up to six
         * numbers split at {@code - T : / .} or spaces, printed as {@code YYYY-MM-DD HH:MM:SS} up to
         * the first part that is not a number; empty when the year is not a number.
         */
        static String normalise(String text) {
            String[] parts = SEPARATOR.split(text, -1);
            StringBuilder date = new StringBuilder();
            for (int i = 0; i < 6 && i < parts.length; i++) {
                Integer number = integer(parts[i]);
                if (number == null) {
                    break;
                }
                if (i > 0) {
                    date.append(SEPARATORS[i - 1]);
                }
                date.append(String.format(Locale.ROOT, i == 0 ? "%04d" : "%02d", number));
            }
            return date.toString();
        }

        private static Integer integer(String part) {
            if (part.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(part);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

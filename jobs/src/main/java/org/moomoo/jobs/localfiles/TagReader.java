package org.moomoo.jobs.localfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jaudiotagger.tag.TagOptionSingleton;
import org.jaudiotagger.tag.flac.FlacTag;
import org.jaudiotagger.tag.id3.ID3v22Frames;
import org.jaudiotagger.tag.id3.ID3v23Frames;
import org.jaudiotagger.tag.id3.ID3v24Frames;
import org.jaudiotagger.tag.id3.ID3v2ChapterFrames;
import org.jaudiotagger.tag.id3.valuepair.ChannelTypes;
import org.jaudiotagger.tag.id3.valuepair.EventTimingTimestampTypes;
import org.jaudiotagger.tag.id3.valuepair.EventTimingTypes;
import org.jaudiotagger.tag.id3.valuepair.InterpolationTypes;
import org.jaudiotagger.tag.id3.valuepair.ReceivedAsTypes;
import org.jaudiotagger.tag.id3.valuepair.SynchronisedLyricsContentType;
import org.jaudiotagger.tag.id3.valuepair.TextEncoding;
import org.jaudiotagger.tag.id3.valuepair.V2GenreTypes;
import org.jaudiotagger.tag.reference.GenreTypes;
import org.jaudiotagger.tag.reference.Languages;
import org.jaudiotagger.tag.reference.PictureTypes;
import org.jaudiotagger.tag.vorbiscomment.VorbisCommentTag;
import org.jaudiotagger.tag.wav.WavTag;

/**
 * Reads the tags of one audio file into {@link AudioTags} by the rules of spec 5.6, with jaudiotagger
 * 3.0.1 or, for Opus, which jaudiotagger cannot read, our own {@code OggOpusReader}; and says which
 * files the library scan keeps. The original read tags with mutagen's "easy" interface; where the
 * libraries differ (ID3 genre numbers, ID3v2.3 dates, ID3v1 fallback) the tag sources reproduce
 * what mutagen gave.
 *
 * <p>Each json value is picked from the file's tag by the value rule of {@code CandidateKeys}.
 * Formats, by extension, and the tag source that reads each:
 * <ul>
 *   <li><b>MP3</b> ({@code .mp3}): ID3v2.2, v2.3 and v2.4, with an ID3v1 tag filling in what the
 *       ID3v2 tag lacks ({@code Id3Tags}). Length from the Xing/LAME header or the bit rate.
 *   <li><b>FLAC</b> ({@code .flac}) and <b>Ogg Vorbis</b> ({@code .ogg}): Vorbis comments
 *       ({@code VorbisCommentTags}); date falls back from DATE to ORIGINALYEAR, YEAR, ORIGYEAR and
 *       album artist from ALBUMARTIST to "ALBUM ARTIST". Length = samples / sample rate.
 *   <li><b>Opus</b> ({@code .opus}, and an {@code .ogg} file whose first packet is an Opus header):
 *       the Vorbis comments of the OpusTags packet, mapped as for FLAC, read by
 *       {@code OggOpusReader} from the first pages and the end of the file. Length = (granule
 *       position of the last page - pre-skip) / 48,000.
 *   <li><b>MP4</b> ({@code .m4a}): iTunes atoms and Picard's MusicBrainz atoms ({@code Mp4Tags}).
 *   <li><b>WAV</b> ({@code .wav}): an ID3 chunk, read as for MP3 (the RIFF INFO chunk is not read).
 * </ul>
 * The library scan keeps exactly these six formats ({@link #isAudioFile}).
 *
 * <p>{@link #read} never throws for a bad file: a file that cannot be parsed gives
 * {@link AudioTags#unreadable} with a short reason. Thread-safe: a call shares nothing mutable with
 * other calls, and MP3 files are parsed one at a time because jaudiotagger's MP3 header parser is
 * not thread-safe.
 */
public final class TagReader {

    /** Kept in a field because java.util.logging holds loggers weakly and would forget the level. */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    /**
     * Held while jaudiotagger parses an MP3 file. Its {@code MPEGFrameHeader.parseMPEGHeader} copies
     * each frame header into one static array that all threads share, so two MP3 files parsed at
     * once can mix up header bytes: the Xing frame is then missed and the length is estimated from
     * the bit rate instead. The header is parsed inside {@code MP3File}'s constructor, so the whole
     * constructor runs under this lock.
     */
    private static final Object MP3_PARSE_LOCK = new Object();

    static {
        // Every failure reaches the caller as AudioTags.failure; jaudiotagger's own records would
        // repeat it with stack traces, and warn about oddities in files that read fine.
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        // jaudiotagger creates these lookup tables lazily without synchronisation (one fills a
        // shared HashMap). Creating them here, while the JVM initialises this class, publishes them
        // safely to every thread that reads tags later: every read, whichever tag source it uses,
        // starts in this class.
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
     * Whether the library scan keeps a file of this name: extension {@code .mp3}, {@code .flac},
     * {@code .ogg}, {@code .opus}, {@code .wav} or {@code .m4a}, case-insensitive.
     */
    public static boolean isAudioFile(String fileName) {
        return AudioFormat.of(fileName) != null;
    }

    /** The tags of {@code file}, or the reason it could not be parsed. */
    public AudioTags read(Path file) {
        AudioFormat format = AudioFormat.of(file.getFileName().toString());
        if (format == null) {
            return AudioTags.unreadable("unsupported file type");
        }
        File path = file.toFile();
        try {
            return switch (format) {
                case MP3 -> readMp3(path);
                case FLAC -> readVorbis(new FlacFileReader(), path);
                case OGG -> OggOpusReader.holdsOpus(file) ? readOpus(file) : readVorbis(new OggFileReader(), path);
                case OPUS -> readOpus(file);
                case M4A -> readMp4(path);
                case WAV -> readWav(path);
            };
        } catch (Exception e) {
            // Checked exceptions are jaudiotagger's format and I/O errors; runtime ones come from
            // its parsers tripping over corrupt sizes and offsets. Either way the file is unreadable.
            return AudioTags.unreadable(reason(file, format, e));
        } catch (OutOfMemoryError e) {
            // A corrupt size field makes jaudiotagger ask for an impossibly large array. Only that
            // one request failed and it allocated nothing, so the scan can go on with the next file.
            return AudioTags.unreadable(reason(file, format, e));
        }
    }

    private static AudioTags readMp3(File file) throws Exception {
        MP3File mp3;
        synchronized (MP3_PARSE_LOCK) {
            mp3 = new MP3File(file, MP3File.LOAD_IDV2TAG | MP3File.LOAD_IDV1TAG, true);
        }
        Id3Tags tags = new Id3Tags(mp3.getID3v2Tag(), mp3.getID3v1Tag());
        return CandidateKeys.toAudioTags(tags, mp3.getMP3AudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readVorbis(AudioFileReader reader, File file) throws Exception {
        AudioFile audio = reader.read(file);
        Tag tag = audio.getTag();
        VorbisCommentTag comments = tag instanceof FlacTag flac ? flac.getVorbisCommentTag() : (VorbisCommentTag) tag;
        TagSource source = comments == null ? TagSource.NONE : VorbisCommentTags.of(comments);
        return CandidateKeys.toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readOpus(Path file) throws IOException {
        OggOpusReader.OpusFile opus = OggOpusReader.read(file);
        return CandidateKeys.toAudioTags(VorbisCommentTags.parse(opus.tags().comments()), opus.length());
    }

    private static AudioTags readMp4(File file) throws Exception {
        AudioFile audio = new Mp4FileReader().read(file);
        Tag tag = audio.getTag();
        TagSource source = tag == null ? TagSource.NONE : new Mp4Tags(tag);
        return CandidateKeys.toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static AudioTags readWav(File file) throws Exception {
        AudioFile audio = new WavFileReader().read(file);
        TagSource source = TagSource.NONE;
        if (audio.getTag() instanceof WavTag wav && wav.isExistingId3Tag()) {
            source = new Id3Tags(wav.getID3Tag(), null);
        }
        return CandidateKeys.toAudioTags(source, audio.getAudioHeader().getPreciseTrackLength());
    }

    private static String reason(Path file, AudioFormat format, Throwable error) {
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
        if (error instanceof UnreadableFileException) {
            return error.getMessage();
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
}

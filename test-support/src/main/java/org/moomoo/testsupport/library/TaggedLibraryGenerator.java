package org.moomoo.testsupport.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a music library of distinct, fully tagged files for benchmarks and tests.
 *
 * <p>Layout {@code Artist NN/Album NN/NN title.ext}, ten tracks per album and five albums per
 * artist; files alternate between MP3 with an ID3v2.4 tag and FLAC with Vorbis comments. Every file
 * has its own title, and every album and artist its own name, plus a track number, disc number,
 * genre, date and all nine MusicBrainz values of spec 5.6, laid out the way MusicBrainz Picard
 * writes them. Names and ids are deterministic for a given seed and count.
 *
 * <p>The audio is the same half-second tone in every file (two tiny bundled files, see the README
 * beside them in this package's resources); this class writes the tags itself, so that a file costs
 * one small write.
 */
public final class TaggedLibraryGenerator {

    private static final int TRACKS_PER_ALBUM = 10;
    private static final int ALBUMS_PER_ARTIST = 5;
    private static final String[] WORDS = {
        "Amber", "Blue", "Cold", "Dawn", "Echo", "Fern", "Glass", "Harbour", "Iron", "Jade", "Kite", "Lumen", "Moss",
        "Night", "Orbit", "Pine", "Quartz", "River", "Salt", "Tide"
    };
    private static final String[] GENRES = {"Rock", "Jazz", "Electronic", "Folk", "Classical", "Hip-Hop"};
    private static final String DISC_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    /** ID3v2.4 text frame of each Vorbis comment key that has one. */
    private static final Map<String, String> ID3_TEXT_FRAMES = Map.of(
            "TITLE",
            "TIT2",
            "ARTIST",
            "TPE1",
            "ALBUM",
            "TALB",
            "ALBUMARTIST",
            "TPE2",
            "TRACKNUMBER",
            "TRCK",
            "DISCNUMBER",
            "TPOS",
            "GENRE",
            "TCON",
            "DATE",
            "TDRC");
    /** Picard's ID3 TXXX description of each MusicBrainz Vorbis comment key except the recording id. */
    private static final Map<String, String> ID3_TXXX_DESCRIPTIONS = Map.of(
            "MUSICBRAINZ_ARTISTID", "MusicBrainz Artist Id",
            "MUSICBRAINZ_ALBUMID", "MusicBrainz Album Id",
            "MUSICBRAINZ_ALBUMARTISTID", "MusicBrainz Album Artist Id",
            "MUSICBRAINZ_DISCID", "MusicBrainz Disc Id",
            "MUSICBRAINZ_ALBUMSTATUS", "MusicBrainz Album Status",
            "MUSICBRAINZ_ALBUMTYPE", "MusicBrainz Album Type",
            "MUSICBRAINZ_RELEASETRACKID", "MusicBrainz Release Track Id",
            "MUSICBRAINZ_RELEASEGROUPID", "MusicBrainz Release Group Id");
    /** ID3 keeps the recording id in a UFID frame owned by MusicBrainz, not in a TXXX frame. */
    private static final String RECORDING_ID_KEY = "MUSICBRAINZ_TRACKID";

    private static final String VENDOR = "moomoo TaggedLibraryGenerator";

    private final byte[] mp3Audio;
    private final byte[] flacStreamInfo;
    private final byte[] flacAudio;

    /** Loads the bundled base audio. */
    public TaggedLibraryGenerator() {
        mp3Audio = resource("base.mp3");
        byte[] flac = resource("base.flac");
        // Keep STREAMINFO (always the first metadata block) and the audio frames after the last
        // block; the tags written per file replace every other block.
        flacStreamInfo = Arrays.copyOfRange(flac, 8, 8 + 34);
        flacAudio = Arrays.copyOfRange(flac, flacAudioStart(flac), flac.length);
    }

    /**
     * Writes {@code count} tagged files under {@code root} (created if needed).
     *
     * @return the files written, in generation order
     */
    public List<Path> generate(Path root, int count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>(count);
        Album album = null;
        for (int i = 0; i < count; i++) {
            int track = i % TRACKS_PER_ALBUM + 1;
            if (track == 1) {
                int albumIndex = i / TRACKS_PER_ALBUM;
                Artist artist = albumIndex % ALBUMS_PER_ARTIST == 0
                        ? newArtist(random, albumIndex / ALBUMS_PER_ARTIST + 1)
                        : album.artist;
                album = newAlbum(random, artist, albumIndex % ALBUMS_PER_ARTIST + 1);
                Files.createDirectories(root.resolve(album.folder()));
            }
            String title = word(random) + " " + word(random) + " " + (i + 1);
            boolean mp3 = i % 2 == 0;
            Map<String, String> tags = tags(random, album, track, title);
            Path file = root.resolve(album.folder())
                    .resolve(String.format(Locale.ROOT, "%02d %s.%s", track, title, mp3 ? "mp3" : "flac"));
            try (OutputStream out = Files.newOutputStream(file)) {
                if (mp3) {
                    out.write(id3v24Tag(tags));
                    out.write(mp3Audio);
                } else {
                    out.write(flacHeader(tags));
                    out.write(flacAudio);
                }
            }
            files.add(file);
        }
        return files;
    }

    private record Artist(int number, String name, String id) {}

    private record Album(
            Artist artist,
            int number,
            String name,
            String id,
            String releaseGroupId,
            String discId,
            String genre,
            String date) {

        String folder() {
            return String.format(Locale.ROOT, "Artist %02d/Album %02d", artist.number, number);
        }
    }

    private static Artist newArtist(Random random, int number) {
        return new Artist(number, String.format(Locale.ROOT, "Artist %02d %s", number, word(random)), uuid(random));
    }

    private static Album newAlbum(Random random, Artist artist, int number) {
        StringBuilder discId = new StringBuilder();
        for (int i = 0; i < 27; i++) {
            discId.append(DISC_ID_ALPHABET.charAt(random.nextInt(DISC_ID_ALPHABET.length())));
        }
        String name = String.format(Locale.ROOT, "Album %02d %s of %s", number, word(random), artist.name);
        return new Album(
                artist,
                number,
                name,
                uuid(random),
                uuid(random),
                discId.append('-').toString(),
                GENRES[random.nextInt(GENRES.length)],
                Integer.toString(1960 + random.nextInt(60)));
    }

    /** One file's tags as Vorbis comment keys, in Picard's order. */
    private static Map<String, String> tags(Random random, Album album, int track, String title) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("TITLE", title);
        tags.put("ARTIST", album.artist.name);
        tags.put("ALBUM", album.name);
        tags.put("ALBUMARTIST", album.artist.name);
        tags.put("TRACKNUMBER", track + "/" + TRACKS_PER_ALBUM);
        tags.put("DISCNUMBER", "1/1");
        tags.put("GENRE", album.genre);
        tags.put("DATE", album.date);
        tags.put(RECORDING_ID_KEY, uuid(random));
        tags.put("MUSICBRAINZ_ARTISTID", album.artist.id);
        tags.put("MUSICBRAINZ_ALBUMID", album.id);
        tags.put("MUSICBRAINZ_ALBUMARTISTID", album.artist.id);
        tags.put("MUSICBRAINZ_DISCID", album.discId);
        tags.put("MUSICBRAINZ_ALBUMSTATUS", "official");
        tags.put("MUSICBRAINZ_ALBUMTYPE", "album");
        tags.put("MUSICBRAINZ_RELEASETRACKID", uuid(random));
        tags.put("MUSICBRAINZ_RELEASEGROUPID", album.releaseGroupId);
        return tags;
    }

    /** An ID3v2.4 tag: text frames in UTF-8, the recording id as UFID, the other ids as TXXX. */
    private static byte[] id3v24Tag(Map<String, String> tags) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream(1024);
        tags.forEach((key, value) -> {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            if (ID3_TEXT_FRAMES.containsKey(key)) {
                id3Frame(frames, ID3_TEXT_FRAMES.get(key), concat(new byte[] {3}, utf8));
            } else if (key.equals(RECORDING_ID_KEY)) {
                byte[] owner = "http://musicbrainz.org\0".getBytes(StandardCharsets.ISO_8859_1);
                id3Frame(frames, "UFID", concat(owner, utf8));
            } else {
                byte[] description = (ID3_TXXX_DESCRIPTIONS.get(key) + "\0").getBytes(StandardCharsets.UTF_8);
                id3Frame(frames, "TXXX", concat(concat(new byte[] {3}, description), utf8));
            }
        });
        ByteArrayOutputStream tag = new ByteArrayOutputStream(frames.size() + 10);
        tag.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0});
        tag.writeBytes(syncSafe(frames.size()));
        tag.writeBytes(frames.toByteArray());
        return tag.toByteArray();
    }

    private static void id3Frame(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(syncSafe(body.length));
        out.writeBytes(new byte[] {0, 0});
        out.writeBytes(body);
    }

    /** ID3v2.4 sizes use 7 bits per byte so that they never contain an MPEG sync pattern. */
    private static byte[] syncSafe(int size) {
        return new byte[] {
            (byte) (size >> 21 & 0x7F), (byte) (size >> 14 & 0x7F), (byte) (size >> 7 & 0x7F), (byte) (size & 0x7F)
        };
    }

    /** The FLAC marker, STREAMINFO and a last VORBIS_COMMENT block holding the tags. */
    private byte[] flacHeader(Map<String, String> tags) {
        ByteArrayOutputStream comments = new ByteArrayOutputStream(1024);
        littleEndianString(comments, VENDOR.getBytes(StandardCharsets.UTF_8));
        littleEndian(comments, tags.size());
        tags.forEach(
                (key, value) -> littleEndianString(comments, (key + "=" + value).getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream header = new ByteArrayOutputStream(comments.size() + 50);
        header.writeBytes(new byte[] {'f', 'L', 'a', 'C'});
        header.writeBytes(blockHeader(0, false, flacStreamInfo.length));
        header.writeBytes(flacStreamInfo);
        header.writeBytes(blockHeader(4, true, comments.size()));
        header.writeBytes(comments.toByteArray());
        return header.toByteArray();
    }

    private static byte[] blockHeader(int type, boolean last, int length) {
        return new byte[] {
            (byte) (last ? 0x80 | type : type), (byte) (length >> 16), (byte) (length >> 8), (byte) length
        };
    }

    private static void littleEndianString(ByteArrayOutputStream out, byte[] bytes) {
        littleEndian(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void littleEndian(ByteArrayOutputStream out, int value) {
        out.writeBytes(new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)});
    }

    private static int flacAudioStart(byte[] flac) {
        int at = 4;
        boolean last = false;
        while (!last) {
            last = (flac[at] & 0x80) != 0;
            at += 4 + ((flac[at + 1] & 0xFF) << 16 | (flac[at + 2] & 0xFF) << 8 | flac[at + 3] & 0xFF);
        }
        return at;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** A random (version 4) UUID drawn from the seeded generator, so that it repeats with the seed. */
    private static String uuid(Random random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] resource(String name) {
        try (InputStream in = TaggedLibraryGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled audio " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled audio " + name, e);
        }
    }
}

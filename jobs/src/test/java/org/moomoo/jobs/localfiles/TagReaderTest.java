package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagReaderTest {

    private static final String RECORDING_ID = "0a1b2c3d-0000-4000-8000-000000000001";
    private static final String ARTIST_ID = "0a1b2c3d-0000-4000-8000-000000000002";
    private static final String ALBUM_ID = "0a1b2c3d-0000-4000-8000-000000000003";
    private static final String ALBUM_ARTIST_ID = "0a1b2c3d-0000-4000-8000-000000000004";
    private static final String RELEASE_TRACK_ID = "0a1b2c3d-0000-4000-8000-000000000005";
    private static final String RELEASE_GROUP_ID = "0a1b2c3d-0000-4000-8000-000000000006";
    private static final String DISC_ID = "Wn8eRBtfLDfM0qjYPdxrz.Zjs_U-";

    private final TagReader reader = new TagReader();

    @TempDir
    Path temp;

    @Test
    void readsEveryFieldOfAnId3v24Tag() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v24.mp3"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title v2.4", "3/12", "1/2", "Rock", "2004-07-12"));
    }

    @Test
    void readsEveryFieldOfAnId3v23TagJoiningYearAndDayMonthIntoOneDate() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v23.mp3"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title v2.3", "3/12", "1/2", "Rock", "2004-07-12"));
    }

    @Test
    void readsAnId3v22TagByItsThreeLetterFrameIds() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v22.mp3"));

        // then
        assertThat(tags.json())
                .containsEntry(AudioTags.TITLE, "Fixture Title v2.2")
                .containsEntry(AudioTags.ARTIST, "Fixture Artist")
                .containsEntry(AudioTags.ALBUM, "Fixture Album")
                .containsEntry(AudioTags.TRACKNUMBER, "5/9")
                .containsEntry(AudioTags.GENRE, "Rock")
                .containsEntry(AudioTags.DATE, "1999-05-03")
                .containsEntry(AudioTags.MUSICBRAINZ_TRACKID, RECORDING_ID)
                .containsEntry(AudioTags.MUSICBRAINZ_ARTISTID, ARTIST_ID)
                .containsEntry(AudioTags.ALBUM_ARTIST, null);
    }

    @Test
    void takesTitleArtistAlbumYearTrackAndGenreFromAnId3v1TagWhenThereIsNoId3v2Tag() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v1.mp3"));

        // then
        assertThat(tags.json())
                .containsEntry(AudioTags.TITLE, "Fixture Title v1")
                .containsEntry(AudioTags.ARTIST, "Fixture Artist")
                .containsEntry(AudioTags.ALBUM, "Fixture Album")
                .containsEntry(AudioTags.DATE, "1999")
                .containsEntry(AudioTags.TRACKNUMBER, "7")
                .containsEntry(AudioTags.GENRE, "Rock")
                .containsEntry(AudioTags.MUSICBRAINZ_TRACKID, null);
    }

    @Test
    void resolvesAnId3GenreNumberInParenthesesToTheGenreName() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v24.mp3"));

        // then: the frame holds "(17)"
        assertThat(tags.json()).containsEntry(AudioTags.GENRE, "Rock");
    }

    @Test
    void readsEveryFieldOfFlacVorbisCommentsFallingBackToOriginalYearAndAlbumArtistWithASpace() {
        // when
        AudioTags tags = reader.read(fixture("tagged.flac"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title flac", "3", "1", "Electronic", "2003"));
    }

    @Test
    void keepsTheFirstValueOfAMultiValuedTag() {
        // when
        AudioTags tags = reader.read(fixture("multi-artist.flac"));

        // then
        assertThat(tags.json())
                .containsEntry(AudioTags.ARTIST, "First Artist")
                .containsEntry(AudioTags.MUSICBRAINZ_ARTISTID, ARTIST_ID);
    }

    @Test
    void skipsACandidateKeyWhoseFirstValueIsEmpty() {
        // when: ALBUMARTIST = ["", "Ignored Album Artist"], "ALBUM ARTIST" = "Fallback Album Artist"
        AudioTags tags = reader.read(fixture("multi-artist.flac"));

        // then
        assertThat(tags.json()).containsEntry(AudioTags.ALBUM_ARTIST, "Fallback Album Artist");
    }

    @Test
    void readsEveryFieldOfOggVorbisComments() {
        // when
        AudioTags tags = reader.read(fixture("tagged.ogg"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title ogg", "3", "1", "Electronic", "2004-07-12"));
    }

    @Test
    void readsEveryFieldOfOpusCommentsWhateverTheCaseOfTheirKeys() {
        // when: opusenc writes title, artist, album, tracknumber, genre and date in lower case
        AudioTags tags = reader.read(fixture("tagged.opus"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title opus", "3", "1", "Electronic", "2004-07-12"));
    }

    @Test
    void readsTheOpusCommentsFfmpegWrites() {
        // when: ffmpeg maps album_artist, track and disc to ALBUMARTIST, TRACKNUMBER and DISCNUMBER
        AudioTags tags = reader.read(fixture("ffmpeg.opus"));

        // then
        assertThat(tags.json())
                .containsEntry(AudioTags.TITLE, "Fixture Title ffmpeg")
                .containsEntry(AudioTags.ARTIST, "Fixture Artist")
                .containsEntry(AudioTags.ALBUM, "Fixture Album")
                .containsEntry(AudioTags.ALBUM_ARTIST, "Fixture Album Artist")
                .containsEntry(AudioTags.TRACKNUMBER, "4/12")
                .containsEntry(AudioTags.DISCNUMBER, "1/2")
                .containsEntry(AudioTags.DATE, "2004")
                .containsEntry(AudioTags.GENRE, "Electronic")
                .containsEntry(AudioTags.MUSICBRAINZ_TRACKID, RECORDING_ID)
                .containsEntry(AudioTags.MUSICBRAINZ_ALBUMID, ALBUM_ID)
                .containsEntry(AudioTags.MUSICBRAINZ_ARTISTID, null);
    }

    @Test
    void keepsTheFirstValueOfAMultiValuedOpusCommentAndSkipsAnEmptyFirstValue() {
        // when: two artist values, two MUSICBRAINZ_ARTISTID values, ALBUMARTIST = ["", "Ignored Album
        // Artist"] and "ALBUM ARTIST" = "Fallback Album Artist"
        AudioTags tags = reader.read(fixture("multi-artist.opus"));

        // then
        assertThat(tags.json())
                .containsEntry(AudioTags.ARTIST, "First Artist")
                .containsEntry(AudioTags.MUSICBRAINZ_ARTISTID, ARTIST_ID)
                .containsEntry(AudioTags.ALBUM_ARTIST, "Fallback Album Artist");
    }

    @Test
    void readsTheOpusCommentsBeforeAndAfterCoverArtThatSpansTwoPages() {
        // when: a 78 KB METADATA_BLOCK_PICTURE comment between album and MUSICBRAINZ_RELEASEGROUPID
        AudioTags tags = reader.read(fixture("cover-art.opus"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(tags.json())
                .containsEntry(AudioTags.TITLE, "Fixture Title cover opus")
                .containsEntry(AudioTags.ALBUM, "Fixture Album")
                .containsEntry(AudioTags.MUSICBRAINZ_RELEASEGROUPID, RELEASE_GROUP_ID);
    }

    @Test
    void readsAnOggFileThatHoldsOpusAsOpus() throws IOException {
        // given: jaudiotagger reads .ogg files as Vorbis only
        Path ogg = Files.copy(fixture("tagged.opus"), temp.resolve("song.ogg"));

        // when
        AudioTags tags = reader.read(ogg);

        // then
        assertThat(tags).isEqualTo(reader.read(fixture("tagged.opus")));
        assertThat(tags.failure()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tagged.opus", "ffmpeg.opus", "cover-art.opus", "multi-artist.opus"})
    void measuresAnOpusFileWithinTenMillisecondsOfOpusinfo(String name) {
        // when
        AudioTags tags = reader.read(fixture(name));

        // then: opusinfo says "Playback length: 0m:02.000s" for each
        assertThat((Double) tags.json().get(AudioTags.LENGTH)).isCloseTo(2.000, within(0.010));
    }

    @Test
    void readsEveryFieldOfMp4AtomsWithTrackAndDiscAsNumberSlashTotal() {
        // when
        AudioTags tags = reader.read(fixture("tagged.m4a"));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(withoutLength(tags))
                .containsExactlyEntriesOf(picardFields("Fixture Title m4a", "3/12", "1/2", "Electronic", "2004-07-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"untagged.mp3", "untagged.wav"})
    void givesAFileWithoutTagsSeventeenNullsAndItsLength(String name) {
        // when
        AudioTags tags = reader.read(fixture(name));

        // then
        assertThat(tags.failure()).isNull();
        assertThat(tags.json()).containsOnlyKeys(AudioTags.KEYS);
        assertThat(AudioTags.TAG_KEYS)
                .allSatisfy(key -> assertThat(tags.json().get(key)).as(key).isNull());
        assertThat((Double) tags.json().get(AudioTags.LENGTH)).isPositive();
    }

    @Test
    void putsTheEighteenKeysInTheOrderOfTheSpec() {
        // when
        AudioTags tags = reader.read(fixture("tagged-v24.mp3"));

        // then
        assertThat(tags.json().keySet())
                .containsExactly(
                        "album",
                        "title",
                        "artist",
                        "tracknumber",
                        "discnumber",
                        "genre",
                        "date",
                        "album_artist",
                        "musicbrainz_trackid",
                        "musicbrainz_artistid",
                        "musicbrainz_albumid",
                        "musicbrainz_albumartistid",
                        "musicbrainz_discid",
                        "musicbrainz_albumstatus",
                        "musicbrainz_albumtype",
                        "musicbrainz_releasetrackid",
                        "musicbrainz_releasegroupid",
                        "length");
    }

    @ParameterizedTest
    @CsvSource({
        "tagged-v24.mp3, 2.5",
        "tagged-v23.mp3, 2.5",
        "tagged.flac, 2.5",
        "tagged.ogg, 2.5",
        "tagged.m4a, 2.5",
        "untagged.wav, 2.0"
    })
    void measuresTheLengthCloseToTheGeneratedDuration(String name, double seconds) {
        // when
        AudioTags tags = reader.read(fixture(name));

        // then: MP3 frames round the 2.5 s tone up to 2.56 s
        assertThat((Double) tags.json().get(AudioTags.LENGTH)).isCloseTo(seconds, within(0.1));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.mp3         | empty file (0 bytes)",
                "text.mp3          | not an audio file: no MPEG frame found",
                "truncated.flac    | truncated or corrupt FLAC file",
                "corrupt.flac      | corrupt FLAC file",
                "huge-comment.flac | corrupt FLAC file: a size field is impossibly large",
                "truncated.opus    | truncated Ogg file: it ends inside the page at byte 47"
            })
    void givesABadFileEmptyTagsAndAReasonInsteadOfThrowing(String name, String reason) {
        // when
        AudioTags tags = reader.read(fixture(name));

        // then
        assertThat(tags.json()).isEmpty();
        assertThat(tags.failure()).isEqualTo(reason);
    }

    @Test
    void givesAFileItMayNotReadAPermissionReason() throws IOException {
        // given
        Path song = Files.copy(fixture("tagged-v24.mp3"), temp.resolve("song.mp3"));
        Files.setPosixFilePermissions(song, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(song), "running as root: every file is readable");

        // when
        AudioTags tags = reader.read(song);

        // then
        assertThat(tags.json()).isEmpty();
        assertThat(tags.failure()).isEqualTo("cannot read file: permission denied");
    }

    @Test
    void givesAMissingFileAReason() {
        // when
        AudioTags tags = reader.read(temp.resolve("gone.flac"));

        // then
        assertThat(tags.json()).isEmpty();
        assertThat(tags.failure()).isEqualTo("cannot read file: no such file");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "text.mp3   | not an Ogg file: it does not start with an Ogg page",
                "tagged.ogg | not an Opus file: its first packet is not an Opus header"
            })
    void givesAnOpusFileThatHoldsNoOpusAReason(String name, String reason) throws IOException {
        // given
        Path opus = Files.copy(fixture(name), temp.resolve("song.opus"));

        // when
        AudioTags tags = reader.read(opus);

        // then
        assertThat(tags.json()).isEmpty();
        assertThat(tags.failure()).isEqualTo(reason);
    }

    @Test
    void givesAFormatItCannotReadAReason() throws IOException {
        // given
        Path wma = Files.write(temp.resolve("song.wma"), new byte[] {'O', 'g', 'g', 'S'});

        // when
        AudioTags tags = reader.read(wma);

        // then
        assertThat(tags.json()).isEmpty();
        assertThat(tags.failure()).isEqualTo("unsupported file type");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.mp3",
                "B.MP3",
                "c.Flac",
                "d.FLAC",
                "e.ogg",
                "F.OGG",
                "g.wav",
                "h.Wav",
                "i.m4a",
                "J.M4A",
                "k.opus",
                "L.OPUS",
                "two.dots.mp3",
                ".hidden.flac"
            })
    void countsMp3FlacOggOpusWavAndM4aAsAudioFilesWhateverTheCase(String name) {
        assertThat(TagReader.isAudioFile(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.aac",
                "a.mp4",
                "a.oga",
                "a.wma",
                "cover.jpg",
                "notes.txt",
                "mp3",
                "flac",
                "opus",
                "a.mp3.txt",
                "a.mp3x",
                "a.",
                "noextension"
            })
    void countsNothingElseAsAudioFiles(String name) {
        assertThat(TagReader.isAudioFile(name)).isFalse();
    }

    @Test
    void givesTheSameTagsWhenReadFromSeveralThreadsAtOnce() throws Exception {
        // given
        List<Path> files = new ArrayList<>();
        for (String name : List.of(
                "tagged-v24.mp3",
                "tagged-v23.mp3",
                "tagged.flac",
                "multi-artist.flac",
                "tagged.ogg",
                "tagged.m4a",
                "tagged.opus",
                "cover-art.opus",
                "untagged.wav",
                "text.mp3",
                "truncated.flac",
                "truncated.opus")) {
            files.add(fixture(name));
        }
        List<AudioTags> serial = files.stream().map(reader::read).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when: enough rounds that jaudiotagger's shared MP3 header buffer, read unlocked, would
        // give some MP3 file a wrong length
        List<Future<List<AudioTags>>> rounds = new ArrayList<>();
        try {
            for (int round = 0; round < 200; round++) {
                rounds.add(pool.submit(
                        () -> files.stream().map(new TagReader()::read).toList()));
            }

            // then
            for (Future<List<AudioTags>> round : rounds) {
                assertThat(round.get()).isEqualTo(serial);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> withoutLength(AudioTags tags) {
        Map<String, Object> json = new LinkedHashMap<>(tags.json());
        json.remove(AudioTags.LENGTH);
        return json;
    }

    /** The fields tag_fixtures.py writes into every Picard-style fixture, in the spec's order. */
    private static Map<String, Object> picardFields(
            String title, String track, String disc, String genre, String date) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(AudioTags.ALBUM, "Fixture Album");
        fields.put(AudioTags.TITLE, title);
        fields.put(AudioTags.ARTIST, "Fixture Artist");
        fields.put(AudioTags.TRACKNUMBER, track);
        fields.put(AudioTags.DISCNUMBER, disc);
        fields.put(AudioTags.GENRE, genre);
        fields.put(AudioTags.DATE, date);
        fields.put(AudioTags.ALBUM_ARTIST, "Fixture Album Artist");
        fields.put(AudioTags.MUSICBRAINZ_TRACKID, RECORDING_ID);
        fields.put(AudioTags.MUSICBRAINZ_ARTISTID, ARTIST_ID);
        fields.put(AudioTags.MUSICBRAINZ_ALBUMID, ALBUM_ID);
        fields.put(AudioTags.MUSICBRAINZ_ALBUMARTISTID, ALBUM_ARTIST_ID);
        fields.put(AudioTags.MUSICBRAINZ_DISCID, DISC_ID);
        fields.put(AudioTags.MUSICBRAINZ_ALBUMSTATUS, "official");
        fields.put(AudioTags.MUSICBRAINZ_ALBUMTYPE, "album");
        fields.put(AudioTags.MUSICBRAINZ_RELEASETRACKID, RELEASE_TRACK_ID);
        fields.put(AudioTags.MUSICBRAINZ_RELEASEGROUPID, RELEASE_GROUP_ID);
        return fields;
    }

    private static Path fixture(String name) {
        URL url = TagReaderTest.class.getResource("/fixtures/audio/" + name);
        assertThat(url).as("fixture " + name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

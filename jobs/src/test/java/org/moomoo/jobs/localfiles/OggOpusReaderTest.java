package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ogg Opus reader on the fixtures and on copies damaged byte by byte. The page layouts the
 * offsets below rely on are in fixtures/audio/README.md.
 */
class OggOpusReaderTest {

    /** tagged.opus: the OpusHead page, the OpusTags page, three audio pages (the last has granule 96,312). */
    private static final int TAGGED_TAGS_PAGE = 47;

    private static final int TAGGED_FIRST_AUDIO_PAGE = 1609;
    private static final int TAGGED_LAST_AUDIO_PAGE = 6019;
    /** OpusHead starts after the 27-byte header and one lacing value of the first page. */
    private static final int OPUS_HEAD = 28;
    /** The OpusTags packet starts after the second page's header and 6 lacing values. */
    private static final int TAGGED_OPUS_TAGS = TAGGED_TAGS_PAGE + 27 + 6;
    /** cover-art.opus: the second of the two pages the OpusTags packet spans. */
    private static final int COVER_ART_SECOND_TAGS_PAGE = 65354;
    /** ffmpeg.opus: the OpusTags page and the first audio page. */
    private static final int FFMPEG_TAGS_PAGE = 47;

    private static final int FFMPEG_FIRST_AUDIO_PAGE = 427;

    @TempDir
    Path temp;

    @Test
    void readsTheIdentificationHeader() throws IOException {
        // when
        OpusHead opusenc = OggOpusReader.read(fixture("tagged.opus")).head();
        OpusHead ffmpeg = OggOpusReader.read(fixture("ffmpeg.opus")).head();

        // then: as opusinfo reports them
        assertThat(opusenc).isEqualTo(new OpusHead(1, 1, 312, 44_100));
        assertThat(ffmpeg).isEqualTo(new OpusHead(1, 2, 312, 48_000));
    }

    @Test
    void measuresTheLengthFromTheLastGranulePositionLessThePreSkip() throws IOException {
        // when
        double length = OggOpusReader.read(fixture("tagged.opus")).length();

        // then: (96,312 - 312) / 48,000
        assertThat(length).isEqualTo(2.0);
    }

    @Test
    void readsEveryCommentInFileOrder() throws IOException {
        // when
        OpusTags tags = OggOpusReader.read(fixture("multi-artist.opus")).tags();

        // then
        assertThat(tags.comments())
                .containsExactly(
                        "ENCODER=opusenc from opus-tools 0.2",
                        "title=Fixture Title multi opus",
                        "artist=First Artist",
                        "artist=Second Artist",
                        "album=Fixture Album",
                        "MUSICBRAINZ_ARTISTID=0a1b2c3d-0000-4000-8000-000000000002",
                        "MUSICBRAINZ_ARTISTID=0a1b2c3d-0000-4000-8000-000000000007",
                        "ALBUMARTIST=",
                        "ALBUMARTIST=Ignored Album Artist",
                        "ALBUM ARTIST=Fallback Album Artist",
                        "ENCODER_OPTIONS=--serial 2 --bitrate 16");
    }

    @Test
    void readsACommentHeaderAcrossTwoPagesSkippingTheCoverArtUnread() throws IOException {
        // when: the 78 KB METADATA_BLOCK_PICTURE comment is longer than MAX_KEPT_COMMENT
        OpusTags tags = OggOpusReader.read(fixture("cover-art.opus")).tags();

        // then
        assertThat(tags.comments())
                .containsExactly(
                        "ENCODER=opusenc from opus-tools 0.2",
                        "title=Fixture Title cover opus",
                        "artist=Fixture Artist",
                        "album=Fixture Album",
                        "MUSICBRAINZ_RELEASEGROUPID=0a1b2c3d-0000-4000-8000-000000000006",
                        "ENCODER_OPTIONS=--serial 4 --bitrate 16");
    }

    @Test
    void readsOnlyTheHeaderPagesAndTheEndOfTheFile() throws IOException {
        // given: 1 MiB of zeros between the comment header and the audio, which no Ogg reader that
        // walked the pages could get past
        byte[] bytes = bytes("tagged.opus");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, TAGGED_FIRST_AUDIO_PAGE);
        out.write(new byte[1 << 20]);
        out.write(bytes, TAGGED_FIRST_AUDIO_PAGE, bytes.length - TAGGED_FIRST_AUDIO_PAGE);
        Path file = write(out.toByteArray());

        // when
        OggOpusReader.OpusFile opus = OggOpusReader.read(file);

        // then
        assertThat(opus.tags())
                .isEqualTo(OggOpusReader.read(fixture("tagged.opus")).tags());
        assertThat(opus.length()).isEqualTo(2.0);
    }

    @Test
    void passesOverThePagesOfAnotherStream() throws IOException {
        // given: ffmpeg.opus's comment header page (stream serial 0) between the two header pages of
        // tagged.opus (serial 1)
        byte[] tagged = bytes("tagged.opus");
        byte[] ffmpeg = bytes("ffmpeg.opus");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tagged, 0, TAGGED_TAGS_PAGE);
        out.write(ffmpeg, FFMPEG_TAGS_PAGE, FFMPEG_FIRST_AUDIO_PAGE - FFMPEG_TAGS_PAGE);
        out.write(tagged, TAGGED_TAGS_PAGE, tagged.length - TAGGED_TAGS_PAGE);

        // when
        OggOpusReader.OpusFile opus = OggOpusReader.read(write(out.toByteArray()));

        // then
        assertThat(opus.tags())
                .isEqualTo(OggOpusReader.read(fixture("tagged.opus")).tags());
    }

    @Test
    void measuresAFileCutInsideItsAudioUpToItsLastCompletePage() throws IOException {
        // given: cut inside the last page; the page before ends at granule 96,000
        Path cut = write(Arrays.copyOf(bytes("tagged.opus"), TAGGED_LAST_AUDIO_PAGE + 50));

        // when
        OggOpusReader.OpusFile opus = OggOpusReader.read(cut);

        // then: the tags are whole, the length is (96,000 - 312) / 48,000
        assertThat(opus.tags())
                .isEqualTo(OggOpusReader.read(fixture("tagged.opus")).tags());
        assertThat(opus.length()).isEqualTo(95_688 / 48_000.0);
    }

    @Test
    void givesAFileCutRightAfterItsCommentHeaderNoLength() throws IOException {
        // given
        Path cut = write(Arrays.copyOf(bytes("tagged.opus"), TAGGED_FIRST_AUDIO_PAGE));

        // when
        OggOpusReader.OpusFile opus = OggOpusReader.read(cut);

        // then
        assertThat(opus.tags().comments()).hasSize(19);
        assertThat(opus.length()).isZero();
    }

    @Test
    void tellsAnOggFileThatHoldsOpusFromOneThatHoldsVorbisOrIsNoOggFile() throws IOException {
        assertThat(OggOpusReader.holdsOpus(fixture("decode/tone-opus.ogg"))).isTrue();
        assertThat(OggOpusReader.holdsOpus(fixture("tagged.ogg"))).isFalse();
        assertThat(OggOpusReader.holdsOpus(fixture("text.mp3"))).isFalse();
    }

    @Test
    void refusesAFileCutBeforeItsCommentHeader() throws IOException {
        // given
        Path cut = write(Arrays.copyOf(bytes("tagged.opus"), TAGGED_TAGS_PAGE));

        // then
        assertUnreadable(cut, "truncated Ogg file: it ends at byte 47, before the next packet");
    }

    @Test
    void refusesAFileCutInsideItsCommentHeaderBetweenTwoPages() throws IOException {
        // given
        Path cut = write(Arrays.copyOf(bytes("cover-art.opus"), COVER_ART_SECOND_TAGS_PAGE));

        // then
        assertUnreadable(cut, "truncated Ogg file: it ends at byte 65,354, inside a packet");
    }

    @Test
    void refusesAPageWithoutItsCapturePattern() throws IOException {
        // given
        Path damaged = patched("tagged.opus", TAGGED_TAGS_PAGE + 3, 'X');

        // then
        assertUnreadable(damaged, "corrupt Ogg file: no page starts at byte 47");
    }

    @Test
    void refusesAnOpusHeaderOfAnIncompatibleVersion() throws IOException {
        // given
        Path damaged = patched("tagged.opus", OPUS_HEAD + 8, 0x10);

        // then
        assertUnreadable(damaged, "unsupported Opus file: header version 16; only versions 0 to 15 can be read");
    }

    @Test
    void refusesAnOpusHeaderWithoutChannels() throws IOException {
        // given
        Path damaged = patched("tagged.opus", OPUS_HEAD + 9, 0);

        // then
        assertUnreadable(damaged, "corrupt Opus file: the Opus header says 0 channels");
    }

    @Test
    void refusesASecondPacketThatIsNoCommentHeader() throws IOException {
        // given
        Path damaged = patched("tagged.opus", TAGGED_OPUS_TAGS + 4, 'X');

        // then
        assertUnreadable(damaged, "corrupt Opus file: its second packet is not the comment header");
    }

    @Test
    void refusesAVendorStringLongerThanTheCommentHeaderWithoutAllocatingIt() throws IOException {
        // given: the vendor-string length says 4 GiB
        Path damaged = patched("tagged.opus", TAGGED_OPUS_TAGS + 8, 0xFF, 0xFF, 0xFF, 0xFF);

        // then
        assertUnreadable(damaged, "corrupt Opus file: the comment header ends inside the vendor string");
    }

    @Test
    void refusesACommentCountLargerThanTheCommentHeaderHolds() throws IOException {
        // given: 2^31 - 1 comments announced, 19 there
        Path damaged = patched("tagged.opus", commentCountOffset(), 0xFF, 0xFF, 0xFF, 0x7F);

        // then: the zero padding opusenc leaves after the comments reads as empty comments, up to
        // where the packet ends
        assertUnreadable(
                damaged,
                "corrupt Opus file: the comment header ends inside comment 199 of the 2,147,483,647 it announces");
    }

    @Test
    void refusesACommentLongerThanTheCommentHeaderWithoutAllocatingIt() throws IOException {
        // given: the first comment's length says 4 GiB
        Path damaged = patched("tagged.opus", commentCountOffset() + 4, 0xFF, 0xFF, 0xFF, 0xFF);

        // then
        assertUnreadable(
                damaged,
                "corrupt Opus file: the comment header ends inside comment 1 of the 19 it "
                        + "announces (4,294,967,295 bytes long)");
    }

    @Test
    void refusesACommentHeaderWithAMissingPage() throws IOException {
        // given: the second page of the comment header numbered 5 instead of 2
        Path damaged = patched("cover-art.opus", COVER_ART_SECOND_TAGS_PAGE + 18, 5);

        // then
        assertUnreadable(
                damaged,
                "corrupt Ogg file: the page at byte 65,354 is page 5 of its stream, not page 2: a page is missing");
    }

    @Test
    void refusesAPageThatDoesNotGoOnWithTheUnfinishedPacket() throws IOException {
        // given: the continued flag of the comment header's second page cleared
        Path damaged = patched("cover-art.opus", COVER_ART_SECOND_TAGS_PAGE + 5, 0);

        // then
        assertUnreadable(
                damaged,
                "corrupt Ogg file: the page at byte 65,354 does not go on with the packet "
                        + "the page before left unfinished");
    }

    @Test
    void refusesAPageThatGoesOnWithAFinishedPacket() throws IOException {
        // given: the comment header's page flagged as going on with the identification header
        Path damaged = patched("tagged.opus", TAGGED_TAGS_PAGE + 5, OggPage.CONTINUED);

        // then
        assertUnreadable(
                damaged, "corrupt Ogg file: the page at byte 47 goes on with a packet the page before finished");
    }

    @Test
    void refusesAFileWhoseEndHoldsNoPageOfItsStream() throws IOException {
        // given: more junk after the last page than the end the reader looks at
        byte[] bytes = bytes("tagged.opus");
        byte[] junk = Arrays.copyOf(bytes, bytes.length + OggTail.SIZE);

        // then
        assertUnreadable(
                write(junk),
                "corrupt Ogg file: none of its last 130,614 bytes is a complete page of "
                        + "its stream with a granule position");
    }

    private void assertUnreadable(Path file, String reason) {
        assertThatThrownBy(() -> OggOpusReader.read(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(reason);
    }

    /** Where tagged.opus's comment count is: after the magic, the vendor-string length and the vendor string. */
    private static int commentCountOffset() throws IOException {
        int vendorLength = ByteBuffer.wrap(bytes("tagged.opus"), TAGGED_OPUS_TAGS + 8, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .getInt();
        return TAGGED_OPUS_TAGS + 12 + vendorLength;
    }

    /** A copy of a fixture with the bytes from {@code at} on replaced. */
    private Path patched(String name, int at, int... values) throws IOException {
        byte[] bytes = bytes(name);
        for (int i = 0; i < values.length; i++) {
            bytes[at + i] = (byte) values[i];
        }
        return write(bytes);
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(temp, "copy", ".opus"), bytes);
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = OggOpusReaderTest.class.getResourceAsStream("/fixtures/audio/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private Path fixture(String name) throws IOException {
        return write(bytes(name));
    }
}

package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading a dump archive in one streaming pass, and the ways an archive can be broken. */
class DumpArchiveReaderTest {

    private static final UUID ZERO = UUID.fromString("00000000-0000-0000-0000-000000000000");
    private static final UUID ONE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static DumpContents read(byte[] archive) {
        return DumpArchiveReader.read("/dump.tar.zst", new ByteArrayInputStream(archive));
    }

    @Test
    void readsTheTimestampsAndTheListens() {
        DumpContents contents = read(DumpArchives.sample()
                .add("listens/2025/2.listens", DumpArchives.SAMPLE_LISTENS)
                .bytes());

        assertThat(contents.start()).isEqualTo(Instant.parse("2025-02-13T00:00:00Z"));
        assertThat(contents.end()).isEqualTo(Instant.parse("2025-02-14T00:00:00Z"));
        assertThat(contents.listens()).isEqualTo(3);
        assertThat(contents.counts().pairs()).isEqualTo(4);
        assertThat(contents.counts().count(1, ONE)).isEqualTo(1);
    }

    @Test
    void readsEveryListensFileWhateverTheFolderPrefix() {
        DumpContents contents = read(new DumpArchives()
                .add("listenbrainz-dump-1/START_TIMESTAMP", "2025-02-28T00:00:00+01:00")
                .add("listenbrainz-dump-1/END_TIMESTAMP", " 2025-03-01 00:00:00+00:00 ")
                .add("listenbrainz-dump-1/listens/2025/2.listens", DumpArchives.listen(5, ZERO.toString()))
                .add("listenbrainz-dump-1/listens/2025/3.listens", DumpArchives.listen(5, ZERO.toString()))
                .bytes());

        assertThat(contents.start()).isEqualTo(Instant.parse("2025-02-27T23:00:00Z"));
        assertThat(contents.listensFiles()).hasSize(2);
        assertThat(contents.counts().count(5, ZERO)).isEqualTo(2);
    }

    @Test
    void anArchiveWithoutListensHasNoCounts() {
        DumpContents contents = read(DumpArchives.sample().bytes());

        assertThat(contents.listensFiles()).isEmpty();
        assertThat(contents.counts().pairs()).isZero();
    }

    @Test
    void aTruncatedArchiveIsRefused() {
        byte[] archive = DumpArchives.sample()
                .add(
                        "listens/2025/2.listens",
                        DumpArchives.listen(1, ZERO.toString()).repeat(200))
                .bytes();

        assertThatThrownBy(() -> read(Arrays.copyOf(archive, archive.length / 2)))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("/dump.tar.zst is truncated or corrupt");
    }

    @Test
    void aCorruptZstdFrameIsRefused() {
        byte[] archive = DumpArchives.sample()
                .add(
                        "listens/2025/2.listens",
                        DumpArchives.listen(1, ZERO.toString()).repeat(200))
                .bytes();
        for (int i = archive.length / 3; i < archive.length / 3 + 16; i++) {
            archive[i] ^= (byte) 0x5a;
        }

        assertThatThrownBy(() -> read(archive))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("/dump.tar.zst");
    }

    @Test
    void aMalformedListenNamesTheArchiveFileAndLine() {
        byte[] archive = DumpArchives.sample()
                .add("listens/2025/2.listens", DumpArchives.listen(1, ZERO.toString()) + "{\"user_id\": oops}\n")
                .bytes();

        assertThatThrownBy(() -> read(archive))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("/dump.tar.zst: listens/2025/2.listens line 2: malformed JSON");
    }

    @Test
    void anArchiveWithoutTimestampsIsRefused() {
        byte[] archive = new DumpArchives()
                .add("listens/2025/2.listens", DumpArchives.SAMPLE_LISTENS)
                .bytes();

        assertThatThrownBy(() -> read(archive)).hasMessageContaining("has no START_TIMESTAMP");
    }

    @Test
    void somethingElseThanZstdIsRefused() {
        assertThatThrownBy(() -> read("not an archive at all".getBytes()))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("truncated or corrupt");
    }
}

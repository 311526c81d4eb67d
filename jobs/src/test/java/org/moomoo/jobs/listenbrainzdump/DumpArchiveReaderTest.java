package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading a dump archive in one streaming pass, and the ways an archive can be broken. */
class DumpArchiveReaderTest {

    private static final UUID ZERO = UUID.fromString("00000000-0000-0000-0000-000000000000");
    private static final UUID ONE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static DumpContents read(byte[] archive) {
        return DumpArchiveReader.read("/dump.tar.zst", new ByteArrayInputStream(archive));
    }

    private static DumpContents read(byte[] archive, int threads) {
        return DumpArchiveReader.read("/dump.tar.zst", new ByteArrayInputStream(archive), threads);
    }

    /** Three listens files of many blocks each (about 4 MB of dump-shaped lines), blank lines among them. */
    private static Map<String, List<String>> generatedFiles(long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> files = new java.util.LinkedHashMap<>();
        for (String name :
                List.of("d/listens/2025/1.listens", "d/listens/2025/2.listens", "d/listens/2025/3.listens")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                lines.add(random.nextInt(500) == 0 ? "" : ReferenceListens.line(random));
            }
            files.put(name, lines);
        }
        return files;
    }

    private static byte[] archiveOf(Map<String, List<String>> files) {
        DumpArchives archive = DumpArchives.sample();
        files.forEach((name, lines) -> archive.add(name, String.join("\n", lines) + "\n"));
        return archive.bytes();
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

    // Counts summed on several threads equal those of a JSON tree per line, read in order.
    @Test
    void theParallelReaderGivesTheCountsOfASimpleReference() {
        Map<String, List<String>> files = generatedFiles(3);
        List<String> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        Map<String, Integer> expected = ReferenceListens.counts(all);
        byte[] archive = archiveOf(files);

        for (int threads = 1; threads <= 3; threads++) {
            DumpContents contents = read(archive, threads);

            assertThat(ReferenceListens.counts(contents.counts())).isEqualTo(expected);
            assertThat(contents.listens())
                    .isEqualTo(all.stream().filter(line -> !line.isBlank()).count());
            assertThat(contents.listensFiles()).containsExactlyElementsOf(files.keySet());
        }
    }

    // Blocks are read in any order, yet the failure named is the first malformed line of the archive.
    @Test
    void theFirstMalformedLineIsNamedWhateverTheThreads() {
        Map<String, List<String>> files = generatedFiles(5);
        files.get("d/listens/2025/2.listens").set(1_999, "{\"user_id\": 1, \"track_metadata\": {}}");
        files.get("d/listens/2025/2.listens").set(2_200, "{\"user_id\": oops}");
        files.get("d/listens/2025/3.listens").set(10, "{\"user_id\": oops}");
        byte[] archive = archiveOf(files);
        List<String> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        assertThat(ReferenceListens.counts(all)).containsOnlyKeys("line " + (2_500 + 2_000));

        for (int threads = 1; threads <= 3; threads++) {
            for (int run = 0; run < 3; run++) {
                int parsers = threads;
                assertThatThrownBy(() -> read(archive, parsers))
                        .isInstanceOf(MalformedDumpException.class)
                        .hasMessage(
                                "/dump.tar.zst: d/listens/2025/2.listens line 2000: no track_metadata.additional_info");
            }
        }
    }

    @Test
    void aLineLongerThanABlockIsRead() {
        String longName = "x".repeat(3 * ParallelListensReader.BLOCK);
        String line = DumpArchives.listen(4, ONE.toString()).replace("\"Someone\"", "\"" + longName + "\"");
        byte[] archive = DumpArchives.sample()
                .add("listens/2025/2.listens", DumpArchives.listen(4, ZERO.toString()) + line + line)
                .bytes();

        DumpContents contents = read(archive, 2);

        assertThat(contents.listens()).isEqualTo(3);
        assertThat(ReferenceListens.counts(contents.counts()))
                .isEqualTo(new TreeMap<>(Map.of("4 " + ZERO, 1, "4 " + ONE, 2)));
    }

    // A malformed line comes before a corrupt end of the archive: the line is what is reported.
    @Test
    void aMalformedLineBeforeACorruptTailIsReportedFirst() {
        Map<String, List<String>> files = generatedFiles(9);
        files.get("d/listens/2025/1.listens").set(100, "[1, 2]");
        byte[] archive = archiveOf(files);

        assertThatThrownBy(() -> read(Arrays.copyOf(archive, archive.length - 2_000), 2))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessage("/dump.tar.zst: d/listens/2025/1.listens line 101: not a JSON object");
    }
}

package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.launcher.ExecutionView.StepView;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.launcher.JobControl.UsageException;
import org.moomoo.jobs.testing.JobTest;
import org.moomoo.jobs.worklist.Md5Key;
import org.moomoo.testsupport.library.TaggedLibraryGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@JobTest
class LocalFilesJobTest {

    @Autowired
    JobControl jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path library;

    @BeforeEach
    void emptyTables() {
        jdbc.sql("TRUNCATE raw.local_music_files, raw.local_music_files_birth_timestamps, "
                        + "raw.local_music_files_exclude_regex, raw.local_music_library")
                .update();
    }

    private Path fixture(String name, String relative) throws IOException {
        Path target = library.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/fixtures/audio/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private Outcome run() {
        return run(library);
    }

    private Outcome run(Path folder) {
        return run("library=" + folder);
    }

    private Outcome run(String... arguments) {
        try {
            return jobs.run("local-files", List.of(arguments));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recordedRoot() {
        return jdbc.sql("SELECT root_path FROM raw.local_music_library")
                .query(String.class)
                .list();
    }

    private static StepView step(Outcome outcome, String name) {
        return outcome.execution().steps().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Object> row(String filepath) {
        return jdbc.sql("SELECT * FROM raw.local_music_files WHERE filepath = :p")
                .param("p", filepath)
                .query()
                .singleRow();
    }

    private List<String> filepaths() {
        return jdbc.sql("SELECT filepath FROM raw.local_music_files ORDER BY filepath")
                .query(String.class)
                .list();
    }

    private List<String> births() {
        return jdbc.sql("SELECT filepath FROM raw.local_music_files_birth_timestamps ORDER BY filepath")
                .query(String.class)
                .list();
    }

    @Test
    void storesTagsAndMusicBrainzIdsOfEachFile() throws IOException {
        // given
        fixture("tagged-v24.mp3", "Artist/Album/01 song.mp3");
        fixture("tagged.flac", "Artist/Album/02 song.flac");

        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(filepaths()).containsExactly("Artist/Album/01 song.mp3", "Artist/Album/02 song.flac");
        Map<String, Object> mp3 = row("Artist/Album/01 song.mp3");
        AudioTags tags = new TagReader().read(library.resolve("Artist/Album/01 song.mp3"));
        assertThat(mp3.get("recording_name")).isEqualTo(tags.title()).isNotNull();
        assertThat(mp3.get("release_name")).isEqualTo(tags.album());
        assertThat(mp3.get("artist_name")).isEqualTo(tags.artist());
        assertThat(mp3.get("recording_md5")).isEqualTo(Md5Key.of(tags.title(), tags.album(), tags.artist()));
        String trackId = jdbc.sql(
                        "SELECT json_data->>'musicbrainz_trackid' FROM raw.local_music_files WHERE filepath = :p")
                .param("p", "Artist/Album/01 song.mp3")
                .query(String.class)
                .single();
        assertThat(trackId).isEqualTo(tags.json().get("musicbrainz_trackid")).isNotNull();
        assertThat(mp3.get("file_size_bytes")).isEqualTo(Files.size(library.resolve("Artist/Album/01 song.mp3")));
        assertThat(mp3.get("read_error")).isNull();
        assertThat(births()).containsExactly("Artist/Album/01 song.mp3", "Artist/Album/02 song.flac");
        assertThat(step(outcome, "read-tags").written()).isEqualTo(2);
        assertThat(recordedRoot()).containsExactly(library.toString());
    }

    @Test
    void storesTheTagsOfOpusFilesAndOfOpusInAnOggFile() throws IOException {
        // given
        fixture("tagged.opus", "Opus/song.opus");
        fixture("tagged.opus", "Opus/song.ogg");
        fixture("truncated.opus", "Opus/truncated.opus");

        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        for (String path : List.of("Opus/song.opus", "Opus/song.ogg")) {
            Map<String, Object> opus = jdbc.sql("""
                    SELECT recording_name, release_name, artist_name, recording_md5, read_error,
                           json_data->>'musicbrainz_trackid' AS recording_mbid,
                           json_data->>'musicbrainz_releasegroupid' AS release_group_mbid,
                           (json_data->>'length')::float8 AS length
                    FROM raw.local_music_files WHERE filepath = :p
                    """).param("p", path).query().singleRow();
            assertThat(opus)
                    .as(path)
                    .containsEntry("recording_name", "Fixture Title opus")
                    .containsEntry("release_name", "Fixture Album")
                    .containsEntry("artist_name", "Fixture Artist")
                    .containsEntry("recording_md5", Md5Key.of("Fixture Title opus", "Fixture Album", "Fixture Artist"))
                    .containsEntry("recording_mbid", "0a1b2c3d-0000-4000-8000-000000000001")
                    .containsEntry("release_group_mbid", "0a1b2c3d-0000-4000-8000-000000000006")
                    .containsEntry("length", 2.0)
                    .containsEntry("read_error", null);
        }
        Map<String, Object> truncated = jdbc.sql(
                        "SELECT json_data::text AS json, read_error FROM raw.local_music_files WHERE filepath = :p")
                .param("p", "Opus/truncated.opus")
                .query()
                .singleRow();
        assertThat(truncated)
                .containsEntry("json", "{}")
                .containsEntry("read_error", "truncated Ogg file: it ends inside the page at byte 47");
        assertThat(step(outcome, "read-tags").written()).isEqualTo(3);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void printsProgressLinesAndASummary(CapturedOutput output) throws IOException {
        // given: progress every 0 s (see JobTest), so each chunk prints a line
        new TaggedLibraryGenerator().generate(library, 250, 3);

        // when
        run();

        // then
        assertThat(output.getAll())
                .contains("Found 250 audio files")
                .containsPattern("local-files read-tags  200/250  80\\.0%  [0-9,.]+/s  ETA ")
                .contains("local-files read-tags COMPLETED  read 250  written 250  skipped 0  failed 0  in ");
    }

    @Test
    void badFilesKeepARowWithEmptyMetadataAndTheJobCompletes() throws IOException {
        // given
        fixture("empty.mp3", "bad/empty.mp3");
        fixture("text.mp3", "bad/text.mp3");
        fixture("truncated.flac", "bad/truncated.flac");
        fixture("tagged-v23.mp3", "good.mp3");

        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, Object>> bad = jdbc.sql("""
                SELECT filepath, json_data::text AS json, read_error, recording_md5 FROM raw.local_music_files
                WHERE filepath LIKE 'bad/%' ORDER BY filepath
                """).query().listOfRows();
        assertThat(bad).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("json")).isEqualTo("{}");
            assertThat((String) row.get("read_error")).isNotBlank();
            assertThat(row.get("recording_md5")).isNull();
        });
        assertThat(row("good.mp3").get("read_error")).isNull();
    }

    @Test
    void unchangedFilesAreNotReadAgain() throws IOException {
        // given
        Path song = fixture("tagged-v24.mp3", "song.mp3");
        run();
        String title = new TagReader().read(song).title();
        FileTime modified = Files.getLastModifiedTime(song);
        // Other tags, same size and modification time: a re-read would store the other title.
        byte[] bytes = Files.readAllBytes(song);
        byte[] needle = title.getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(bytes, needle);
        assertThat(at).as("fixture title bytes").isNotNegative();
        Arrays.fill(bytes, at, at + needle.length, (byte) 'X');
        Files.write(song, bytes);
        Files.setLastModifiedTime(song, modified);

        // when
        Outcome second = run();

        // then
        assertThat(second.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        // Nothing to read: the job ends after the scan, without a read-tags step.
        assertThat(second.execution().steps()).extracting(StepView::name).containsExactly("scan");
        assertThat(row("song.mp3").get("recording_name")).isEqualTo(title);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aFileWithANewModificationTimeIsReadAgain() throws IOException {
        // given
        Path song = fixture("tagged-v24.mp3", "song.mp3");
        fixture("tagged.flac", "other.flac");
        run();
        Files.setLastModifiedTime(song, FileTime.from(Instant.now().plusSeconds(60)));

        // when
        Outcome second = run();

        // then
        assertThat(step(second, "read-tags").read()).isEqualTo(1);
        OffsetDateTime stored = jdbc.sql(
                        "SELECT file_modified_at FROM raw.local_music_files WHERE filepath = 'song.mp3'")
                .query(OffsetDateTime.class)
                .single();
        assertThat(stored.toInstant())
                .isEqualTo(Files.getLastModifiedTime(song).toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aRescanReadsOnlyTheChangedFileAndRemovesOnlyTheDeletedOneAmongUnchangedFiles() throws IOException {
        // given
        List<Path> files = new TaggedLibraryGenerator().generate(library, 40, 11);
        run();
        List<Map<String, Object>> before = snapshot();
        Path changed = files.get(7);
        Path donor = files.stream()
                .filter(file -> !file.equals(changed) && extension(file).equals(extension(changed)))
                .findFirst()
                .orElseThrow();
        Path deleted = files.stream()
                .filter(file -> !file.equals(changed) && !file.equals(donor))
                .findFirst()
                .orElseThrow();
        String oldTitle = new TagReader().read(changed).title();
        Files.copy(donor, changed, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(changed, FileTime.from(Instant.now().plusSeconds(120)));
        Files.delete(deleted);

        // when
        Outcome second = run();

        // then
        assertThat(second.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(step(second, "scan").written()).isEqualTo(1);
        assertThat(step(second, "read-tags").read()).isEqualTo(1);
        String changedPath = library.relativize(changed).toString();
        String deletedPath = library.relativize(deleted).toString();
        assertThat(filepaths()).hasSize(39).doesNotContain(deletedPath);
        assertThat(row(changedPath).get("recording_name"))
                .isEqualTo(new TagReader().read(donor).title())
                .isNotEqualTo(oldTitle);
        List<Map<String, Object>> unchanged = before.stream()
                .filter(row -> !row.get("filepath").equals(changedPath)
                        && !row.get("filepath").equals(deletedPath))
                .toList();
        assertThat(snapshot().stream().filter(row -> !row.get("filepath").equals(changedPath)))
                .containsExactlyElementsOf(unchanged);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    @Test
    void pathsWithTabsNewlinesAndBackslashesAreStoredAsTheyAre() throws IOException {
        // given: characters that COPY's text format reads as separators, escapes or null
        String odd = "Tab\tArtist/Back\\slash\\N/new\nline\r.flac";
        fixture("tagged.flac", "plain.flac");
        fixture("tagged.flac", odd);

        // when
        Outcome outcome = run();

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(filepaths()).containsExactlyInAnyOrder("plain.flac", odd);
        assertThat(births()).containsExactlyInAnyOrder("plain.flac", odd);
        // The stored paths are exactly the walked ones: the next scan finds nothing to do.
        assertThat(run().execution().steps()).extracting(StepView::name).containsExactly("scan");
    }

    @Test
    void deletedFilesDisappearButTheirBirthTimeIsKept() throws IOException {
        // given
        Path gone = fixture("tagged-v24.mp3", "gone.mp3");
        fixture("tagged.flac", "stays.flac");
        run();
        OffsetDateTime born = jdbc.sql(
                        "SELECT birth_at FROM raw.local_music_files_birth_timestamps WHERE filepath = 'gone.mp3'")
                .query(OffsetDateTime.class)
                .single();
        Files.delete(gone);

        // when
        run();

        // then
        assertThat(filepaths()).containsExactly("stays.flac");
        assertThat(births()).containsExactly("gone.mp3", "stays.flac");

        // and when the file comes back, its first birth time still stands
        fixture("tagged-v24.mp3", "gone.mp3");
        run();
        OffsetDateTime bornAgain = jdbc.sql(
                        "SELECT birth_at FROM raw.local_music_files_birth_timestamps WHERE filepath = 'gone.mp3'")
                .query(OffsetDateTime.class)
                .single();
        assertThat(bornAgain).isEqualTo(born);
    }

    @Test
    void excludedPathsAreNeitherReadNorKept() throws IOException {
        // given
        fixture("tagged-v24.mp3", "Podcasts/episode.mp3");
        fixture("tagged.flac", "Music/song.flac");
        run();
        jdbc.sql("INSERT INTO raw.local_music_files_exclude_regex (pattern, note) VALUES ('^Podcasts/', 'not music')")
                .update();

        // when
        run();

        // then
        assertThat(filepaths()).containsExactly("Music/song.flac");
    }

    @Test
    void anEmptyLibraryEndsQuietlyAndLeavesTheTableAlone(@TempDir Path unmounted) throws IOException {
        // given
        fixture("tagged-v24.mp3", "song.mp3");
        run();

        // when
        Outcome outcome = run(unmounted);

        // then
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(outcome.execution().steps()).extracting(StepView::name).containsExactly("scan");
        assertThat(filepaths()).containsExactly("song.mp3");
    }

    @Test
    void aRunThatFailsMidwayResumesToTheSameTableAsAnUninterruptedRun() throws IOException {
        // given: 600 files, chunks of 200
        List<Path> files = new TaggedLibraryGenerator().generate(library, 600, 7);
        run();
        List<Map<String, Object>> uninterrupted = snapshot();
        emptyTables();
        String poisoned =
                library.relativize(files.stream().sorted().toList().get(450)).toString();
        jdbc.sql("""
                CREATE FUNCTION raw.fail_on_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.filepath = '%s' THEN RAISE EXCEPTION 'injected failure at %%', NEW.filepath; END IF;
                  RETURN NEW;
                END $$
                """.formatted(poisoned.replace("'", "''"))).update();
        jdbc.sql(
                        "CREATE TRIGGER poisoned BEFORE INSERT ON raw.local_music_files FOR EACH ROW EXECUTE FUNCTION raw.fail_on_poisoned()")
                .update();

        // when
        Outcome failed = run();

        // then: the two chunks before the failure are committed, nothing after it
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.execution().problem()).contains("injected failure");
        assertThat(filepaths()).hasSize(400);

        // when: the cause is fixed and the same command runs again
        jdbc.sql("DROP TRIGGER poisoned ON raw.local_music_files").update();
        Outcome resumed = run();

        // then
        assertThat(resumed.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(resumed.execution().parameters())
                .isEqualTo(failed.execution().parameters());
        assertThat(step(resumed, "read-tags").written()).isEqualTo(200);
        assertThat(snapshot()).isEqualTo(uninterrupted);
        assertThat(births()).hasSize(600);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.sql("""
                SELECT filepath, recording_md5, recording_name, release_name, artist_name, json_data::text AS json,
                       file_created_at, file_modified_at, file_size_bytes, read_error
                FROM raw.local_music_files ORDER BY filepath
                """).query().listOfRows();
    }

    @Test
    void aScanOfAnotherFolderIsRefusedUntilReplaceIsTrue(@TempDir Path other) throws IOException {
        // given
        fixture("tagged-v24.mp3", "a.mp3");
        fixture("tagged.flac", "b.flac");
        run();
        Files.copy(library.resolve("a.mp3"), other.resolve("c.mp3"));

        // when
        Outcome refused = run(other);

        // then: nothing changed, and the message says what would go and how to confirm
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.message())
                .as("no 'run the same command again': it would be refused again")
                .isNull();
        assertThat(refused.execution().problem())
                .contains("library=" + other + " is not the recorded music folder " + library)
                .contains("would remove 2 of 2 files of " + library)
                .contains("replace=true");
        assertThat(filepaths()).containsExactly("a.mp3", "b.flac");
        assertThat(recordedRoot()).containsExactly(library.toString());

        // when
        Outcome replaced = run("library=" + other, "replace=true");

        // then
        assertThat(replaced.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(filepaths()).containsExactly("c.mp3");
        assertThat(recordedRoot()).containsExactly(other.toString());
    }

    @Test
    void aScanThatWouldRemoveMostKnownFilesIsRefusedUntilReplaceIsTrue() throws IOException {
        // given: three files, then a folder where only one of them is found (a stub of an unmounted disk)
        Path first = fixture("tagged-v24.mp3", "a.mp3");
        Path second = fixture("tagged.flac", "b.flac");
        fixture("tagged-v23.mp3", "c.mp3");
        run();
        Files.delete(first);
        Files.delete(second);

        // when
        Outcome refused = run();

        // then
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.execution().problem())
                .contains("would remove 2 of 3 files of " + library)
                .contains("only 1 of them were found")
                .contains("replace=true");
        assertThat(filepaths()).containsExactly("a.mp3", "b.flac", "c.mp3");

        // when
        Outcome replaced = run("library=" + library, "replace=true");

        // then
        assertThat(replaced.exitCode()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(step(replaced, "scan").written()).isEqualTo(2);
        assertThat(filepaths()).containsExactly("c.mp3");
        assertThat(births()).containsExactly("a.mp3", "b.flac", "c.mp3");
    }

    @Test
    void anEmptyLibraryParameterIsAUsageError() {
        assertThatThrownBy(() -> run("library="))
                .isInstanceOf(UsageException.class)
                .hasMessage("library= is empty; give the path of an existing folder");
    }
}

package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.jobs.cli.MoomooCommand;
import org.moomoo.testsupport.FreshDatabaseExtension;
import org.moomoo.testsupport.KillHarness;
import org.moomoo.testsupport.library.TaggedLibraryGenerator;

/**
 * {@code local-files} killed with SIGKILL in the middle of its read-tags step (a few chunks of a
 * generated library of a few thousand tagged files committed), then run again with the same
 * command: the file rows equal those of an uninterrupted run.
 */
@Tag("kill")
class LocalFilesKillTest {

    static final String JOB = "local-files";
    static final int FILES = 3_000;

    @RegisterExtension
    static final FreshDatabaseExtension REFERENCE = new FreshDatabaseExtension();

    @RegisterExtension
    static final FreshDatabaseExtension KILLED = new FreshDatabaseExtension();

    @Test
    void killedMidReadTagsThenRunAgainStoresTheRowsOfAnUninterruptedRun(@TempDir Path folder) throws IOException {
        Path library = Files.createDirectory(folder.resolve("library"));
        new TaggedLibraryGenerator().generate(library, FILES, 16);
        KillHarness harness = new KillHarness(MoomooCommand.class.getName(), Map.of());
        harness.run(REFERENCE.database(), JOB, "library=" + library);

        harness.kill(
                KILLED.database(), jdbc -> KillHarness.inStep(jdbc, JOB, "read-tags", 3), JOB, "library=" + library);
        long kept = KillHarness.count(KILLED.jdbc(), "select count(*) from raw.local_music_files");
        assertThat(kept).as("killed mid-step").isBetween(1L, FILES - 1L);
        KILLED.jdbc()
                .sql("create table public.births_at_the_kill as"
                        + " select filepath, birth_at from raw.local_music_files_birth_timestamps")
                .update();
        harness.resume(KILLED.database(), JOB, "library=" + library);

        for (String table : new String[] {
            "select filepath, recording_md5, recording_name, release_name, artist_name, json_data, file_created_at,"
                    + " file_modified_at, file_size_bytes, read_error from raw.local_music_files order by filepath",
            // Generated files have no birth time, so each database records when it first saw them:
            // compared by path, and below the rows committed before the kill must not have changed.
            "select filepath from raw.local_music_files_birth_timestamps order by filepath"
        }) {
            assertThat(KillHarness.fingerprint(KILLED.jdbc(), table))
                    .as(table)
                    .isEqualTo(KillHarness.fingerprint(REFERENCE.jdbc(), table));
        }
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from raw.local_music_files"))
                .isEqualTo(FILES);
        assertThat(KillHarness.fingerprint(
                        KILLED.jdbc(),
                        "select filepath, b.birth_at from raw.local_music_files_birth_timestamps b"
                                + " join public.births_at_the_kill using (filepath) order by filepath"))
                .as("the first-seen times committed before the kill are kept")
                .isEqualTo(KillHarness.fingerprint(
                        KILLED.jdbc(), "select * from public.births_at_the_kill order by filepath"));
        assertThat(KillHarness.count(KILLED.jdbc(), "select count(*) from public.births_at_the_kill"))
                .isEqualTo(kept);
    }
}

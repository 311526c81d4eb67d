package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibraryChangeTest {

    private static final Path MUSIC = Path.of("/music");
    private static final Path OTHER = Path.of("/mnt/other");

    @Test
    void theFirstScanGoesAheadAndRecordsTheRoot() {
        LibraryChange change = new LibraryChange(MUSIC, null, 0, 0);

        assertThat(change.refusal()).isEmpty();
        assertThat(change.recordsRoot()).isTrue();
    }

    @Test
    void aScanOfTheRecordedRootThatRemovesHalfTheFilesGoesAhead() {
        LibraryChange change = new LibraryChange(MUSIC, MUSIC, 1_300, 650);

        assertThat(change.refusal()).isEmpty();
        assertThat(change.recordsRoot()).isFalse();
    }

    @Test
    void aScanThatRemovesMoreThanHalfTheKnownFilesIsRefused() {
        LibraryChange change = new LibraryChange(MUSIC, MUSIC, 1_300, 651);

        assertThat(change.refusal())
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("this scan would remove 651 of 1,300 files of /music: only 649 of them were found")
                        .endsWith("run again with replace=true if those files are really gone"));
    }

    @Test
    void aScanOfAnotherRootIsRefusedEvenWhenItRemovesNothing() {
        LibraryChange change = new LibraryChange(OTHER, MUSIC, 1_300, 0);

        assertThat(change.refusal())
                .hasValue("library=/mnt/other is not the recorded music folder /music: this scan "
                        + "would remove 0 of 1,300 files of /music. Nothing was changed: check the path, or run again with "
                        + "replace=true to make /mnt/other the library");
        assertThat(change.recordsRoot()).isTrue();
    }

    @Test
    void rowsStoredBeforeAnyRootWasRecordedStillCountForTheHalfRule() {
        LibraryChange change = new LibraryChange(MUSIC, null, 10, 9);

        assertThat(change.refusal())
                .hasValueSatisfying(message -> assertThat(message).contains("would remove 9 of 10"));
    }
}

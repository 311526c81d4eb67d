package org.moomoo.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.launcher.JobParameterSpec.Kind;
import org.moomoo.jobs.worklist.Partition;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class JobParameterSpecTest {

    private static final JobParameterSpec COUNT =
            JobParameterSpec.optional("count", Kind.POSITIVE_INT, "15", "most playlists to make");
    private static final JobParameterSpec SEED = JobParameterSpec.optional(
            "seed", Kind.POSITIVE_INT, "seed of the random choices (default: a new one each run)");

    private static JobParameters launchedWith(String key, String value) {
        return new JobParametersBuilder().addString(key, value).toJobParameters();
    }

    @Test
    void aDefaultIsShownInTheDescription() {
        assertThat(COUNT.description()).isEqualTo("most playlists to make (default 15)");
        assertThat(SEED.description()).isEqualTo("seed of the random choices (default: a new one each run)");
    }

    @Test
    void aParameterLeftOutReadsAsItsDefault() {
        JobParameters none = new JobParameters();

        assertThat(COUNT.number(none)).isEqualTo(15);
        assertThat(SEED.value(none)).isEmpty();
        assertThat(JobParameterSpec.optional("partition", Kind.PARTITION, "0/1", "share")
                        .partition(none))
                .isEqualTo(Partition.ALL);
        assertThat(JobParameterSpec.choice("embedder", List.of("a", "b"), "b", "which")
                        .text(none))
                .isEqualTo("b");
    }

    @Test
    void aGivenValueReadsAsItsType() {
        assertThat(COUNT.number(launchedWith("count", "4"))).isEqualTo(4);
        assertThat(JobParameterSpec.optional("force", Kind.BOOLEAN, "false", "rebuild")
                        .flag(launchedWith("force", "true")))
                .isTrue();
        assertThat(JobParameterSpec.required("library", Kind.DIRECTORY, "the music folder")
                        .path(launchedWith("library", "/music")))
                .isEqualTo(Path.of("/music"));
    }

    @Test
    void aStoredValueThatIsNotValidIsRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> COUNT.number(launchedWith("count", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count=0: expected a whole number of at least 1");
    }

    @Test
    void aDefaultMustBeAValidValue() {
        assertThatThrownBy(() -> JobParameterSpec.choice("embedder", List.of("a", "b"), "c", "which"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedder=c: expected one of a, b");
    }

    @Test
    void aRequiredParameterThatIsMissingSaysSo() {
        JobParameterSpec library = JobParameterSpec.required("library", Kind.DIRECTORY, "the music folder");

        assertThatThrownBy(() -> library.path(new JobParameters()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the job was launched without library=, which has no default");
    }
}

package org.moomoo.jobs.localfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExcludePatternsTest {

    @Test
    void patternsExcludePathsTheyMatchAtTheStart() {
        ExcludePatterns patterns = ExcludePatterns.compile(List.of("^ex1", "^ex2"));

        assertThat(patterns.excludes("include/a.mp3")).isFalse();
        assertThat(patterns.excludes("ex1/a.mp3")).isTrue();
        assertThat(patterns.excludes("ex2")).isTrue();
        assertThat(patterns.excludes("ex2/aaa/b.flac")).isTrue();
    }

    @Test
    void aMatchInTheMiddleOfThePathDoesNotExclude() {
        ExcludePatterns patterns = ExcludePatterns.compile(List.of("Podcasts"));

        assertThat(patterns.excludes("Podcasts/x.mp3")).isTrue();
        assertThat(patterns.excludes("Music/Podcasts/x.mp3")).isFalse();
    }

    @Test
    void aPatternNeedNotMatchTheWholePath() {
        ExcludePatterns patterns = ExcludePatterns.compile(List.of("Audiobooks/.*\\.mp3"));

        assertThat(patterns.excludes("Audiobooks/part1.mp3")).isTrue();
    }

    @Test
    void anInvalidPatternIsNamedInTheError() {
        assertThatThrownBy(() -> ExcludePatterns.compile(List.of("^(unclosed")))
                .hasMessageStartingWith(
                        "exclude pattern '^(unclosed' in raw.local_music_files_exclude_regex is not a valid regular expression");
    }
}

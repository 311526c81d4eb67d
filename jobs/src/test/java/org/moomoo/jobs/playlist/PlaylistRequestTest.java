package org.moomoo.jobs.playlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of {@code moomoo playlist} are options and which are paths. */
class PlaylistRequestTest {

    @Test
    void aWordThatStartsLikeAnOptionButIsNoneIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> PlaylistRequest.parse(List.of("Artist/Album", "colour=blue"), "PATH"))
                .hasMessage("'colour=blue' is not an option: the options are n, seed, username, recency;"
                        + " a path that starts like an option is written ./colour=blue");
    }

    @Test
    void anOptionInTheWrongCaseIsRefusedWithTheOneMeant() {
        assertThatThrownBy(() -> PlaylistRequest.parse(List.of("Artist/Album", "N=3"), "PATH"))
                .hasMessageStartingWith("'N=3' is not an option: did you mean n=3? the options are n, seed,");
    }

    @Test
    void anMbidRequestIsNotToldHowToWriteAPath() {
        assertThatThrownBy(
                        () -> PlaylistRequest.parse(List.of("89ad4ac3-39f7-470e-963a-56509c546377", "size=3"), "MBID"))
                .hasMessage("'size=3' is not an option: the options are n, seed, username, recency");
    }

    @Test
    void aPathWithAnEqualsSignIsWrittenWithDotSlash() {
        PlaylistRequest request = PlaylistRequest.parse(List.of("./AC=DC/Back in Black", "n=5"), "PATH");

        assertThat(request.sources()).containsExactly("AC=DC/Back in Black");
        assertThat(request.n()).isEqualTo(5);
    }

    @Test
    void anEqualsSignAfterTheFirstPartOfAPathNeedsNothing() {
        PlaylistRequest request = PlaylistRequest.parse(List.of("Artist/1+1=2.flac", "My Album=Best/"), "PATH");

        assertThat(request.sources()).containsExactly("Artist/1+1=2.flac", "My Album=Best");
    }
}

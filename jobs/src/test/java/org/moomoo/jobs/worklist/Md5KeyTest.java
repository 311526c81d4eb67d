package org.moomoo.jobs.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Md5KeyTest {

    @Test
    void joinsPartsWithADashLikeTheOriginal() {
        assertThat(Md5Key.of("foo", "bar")).isEqualTo("e5f9ec048d1dbe19c70f720e002f9cb1");
    }

    @Test
    void recordingKeyOfTitleAlbumArtist() {
        assertThat(Md5Key.of("fake", "out", "me")).isEqualTo("5cc0de9bdd1d0f1fe37ed67ad26a27d4");
    }

    @Test
    void aNullPartIsAnError() {
        assertThatThrownBy(() -> Md5Key.of("a", null)).isInstanceOf(NullPointerException.class);
    }
}

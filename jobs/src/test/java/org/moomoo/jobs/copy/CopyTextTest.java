package org.moomoo.jobs.copy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void nullIsTheFormatsNullMarker() {
        assertThat(CopyText.text(new StringBuilder(), null)).hasToString("\\N");
    }

    @Test
    void backslashTabLineFeedAndCarriageReturnAreEscapedAndTheRestKept() {
        assertThat(CopyText.text(new StringBuilder("x\t"), "a\\b\tc\nd\re ü")).hasToString("x\ta\\\\b\\tc\\nd\\re ü");
    }

    @Test
    void theTextOfTheNullMarkerIsNotTheNullMarker() {
        assertThat(CopyText.text(new StringBuilder(), "\\N")).hasToString("\\\\N");
    }
}

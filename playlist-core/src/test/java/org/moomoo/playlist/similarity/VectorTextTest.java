package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorTextTest {

    @Test
    void parsesPgvectorText() {
        assertThat(VectorText.parse("[1,-0.5,2.25]")).containsExactly(1f, -0.5f, 2.25f);
    }

    @Test
    void bracketsAloneAreTheEmptyVector() {
        assertThat(VectorText.parse("[]")).isEmpty();
    }
}

package org.moomoo.jobs.listens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The listen key must match the original's bit for bit (spec/ingest.md 4.2). */
class ListenKeyTest {

    @Test
    void hashesTheJsonArrayAsPythonWritesIt() {
        assertThat(ListenKey.of("FAKE", "3ce7851c-8092-41e4-b322-d6bc5b422994", 1672243428))
                .isEqualTo("eafa624ae433b50a30f28e0b1794d2b8");
    }

    @Test
    void escapesNonAsciiWithLowerCaseHex() {
        assertThat(ListenKey.of("björk", "3ce7851c-8092-41e4-b322-d6bc5b422994", 1672243428))
                .isEqualTo("ed102e67e16c26b227cbdbd837c34e7b");
        assertThat(ListenKey.pythonString("a\"\\/😀")).isEqualTo("\"a\\\"\\\\/\\ud83d\\ude00\"");
    }
}

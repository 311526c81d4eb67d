package org.moomoo.jobs.listensimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moomoo.jobs.listens.ListenKey;

class ListenKeysTest {

    @Test
    void theListenKeyIsTheSpecsMd5OfThePythonJsonArray() {
        assertThat(ListenKey.of("FAKE", "3ce7851c-8092-41e4-b322-d6bc5b422994", 1672243428))
                .isEqualTo("eafa624ae433b50a30f28e0b1794d2b8");
        assertThat(ListenKey.of("björk", "3ce7851c-8092-41e4-b322-d6bc5b422994", 1672243428))
                .isEqualTo("ed102e67e16c26b227cbdbd837c34e7b");
    }

    @Test
    void theDerivedMsidIsStableAndIgnoresCaseSpacingAndUnicodeForm() {
        String msid = DerivedMsid.of("Björk", "Hyperballad", "Post");

        // Pinned: stored listens are keyed on it, so it must never change.
        assertThat(msid).isEqualTo("ecc4c643-f51d-3a55-804b-34d6cb7b50f8");
        assertThat(DerivedMsid.of("  BJO\u0308RK ", "HYPERBALLAD", " post ")).isEqualTo(msid);
        assertThat(DerivedMsid.of("Björk", "Hyperballad", null)).isNotEqualTo(msid);
    }
}

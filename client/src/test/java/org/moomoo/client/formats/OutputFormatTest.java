package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void readsNamesInAnyCase() {
        assertThat(OutputFormat.parse("M3U8")).isEqualTo(OutputFormat.M3U8);
    }

    @Test
    void takesTheOriginalsXmlForXspf() {
        assertThat(OutputFormat.parse("xml")).isEqualTo(OutputFormat.XSPF);
    }

    @Test
    void refusesAnUnknownNameListingTheFormats() {
        assertThatThrownBy(() -> OutputFormat.parse("pls"))
                .hasMessage("'pls' is not an output format; use one of json, xspf, m3u8, jspf, strawberry");
    }
}

package org.moomoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTest {

    @TempDir
    Path temp;

    private static ClientSettings with(String name, String value) {
        return new ClientSettings(Map.of(name, value));
    }

    @Test
    void hostIsTheVariablesValue() {
        assertThat(with("MOOMOO_HOST", "http://music.example:5000").host().toString())
                .isEqualTo("http://music.example:5000/");
    }

    @Test
    void aHostWithoutSchemeIsTakenAsHttp() {
        assertThat(with("MOOMOO_HOST", "127.0.0.1:5000").host().toString()).isEqualTo("http://127.0.0.1:5000/");
    }

    @Test
    void aHostKeepsItsPathPrefixWithoutTheTrailingSlash() {
        assertThat(with("MOOMOO_HOST", "https://proxy.example/moomoo/").host().encodedPath())
                .isEqualTo("/moomoo");
    }

    @Test
    void anUnsetHostSaysHowToSetIt() {
        assertThatThrownBy(() -> new ClientSettings(Map.of()).host())
                .hasMessage(
                        "MOOMOO_HOST is not set; set it to the playlist server's URL, e.g. export MOOMOO_HOST=http://127.0.0.1:5000");
    }

    @Test
    void aHostThatIsNoUrlIsRefused() {
        assertThatThrownBy(() -> with("MOOMOO_HOST", "ftp://x").host())
                .hasMessageContaining("is not an http or https URL");
    }

    @Test
    void timeoutDefaultsToSixtySeconds() {
        assertThat(new ClientSettings(Map.of()).timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void timeoutTakesFractionalSeconds() {
        assertThat(with("MOOMOO_HTTP_TIMEOUT", "2.5").timeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aTimeoutThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> with("MOOMOO_HTTP_TIMEOUT", "soon").timeout())
                .hasMessage(
                        "MOOMOO_HTTP_TIMEOUT 'soon' is not a number of seconds between 0 and 86400; unset it for the default of 60");
    }

    @Test
    void aBlankTokenIsNoToken() {
        assertThat(with("MOOMOO_API_TOKEN", "  ").token()).isEmpty();
    }

    @Test
    void anExistingLibraryFolderIsAccepted() {
        assertThat(with("MOOMOO_MEDIA_LIBRARY", temp.toString()).mediaLibrary().root())
                .isEqualTo(temp);
    }

    @Test
    void aMissingLibraryFolderIsRefused() {
        Path missing = temp.resolve("missing");

        assertThatThrownBy(
                        () -> with("MOOMOO_MEDIA_LIBRARY", missing.toString()).mediaLibrary())
                .hasMessage(
                        "media library " + missing + " does not exist or is not a folder; check MOOMOO_MEDIA_LIBRARY");
    }

    @Test
    void anUnsetLibrarySaysWhatToSet() {
        assertThatThrownBy(() -> new ClientSettings(Map.of()).mediaLibrary())
                .hasMessageStartingWith("MOOMOO_MEDIA_LIBRARY is not set");
    }
}

package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;
import org.moomoo.client.RecordingLauncher;

/** Each --out value end to end: the loved playlist as each format prints it, or handed to Strawberry. */
class OutputFormatsTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    private Result loved(ClientRun run, String format) {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));
        return run.run("loved", "bob", "--out", format);
    }

    @Test
    void jsonIsTheDefault() {
        server.enqueue(Fixtures.ok("loved-two-tracks.json"));

        Result result = ClientRun.against(server, library).run("loved", "bob");

        assertThat(result.out()).startsWith("{\"playlist\": [{\"filepath\": ");
    }

    @Test
    void xspfPrintsTheDocument() {
        Result result = loved(ClientRun.against(server, library), "xspf");

        assertThat(result.out())
                .startsWith("<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\">")
                .contains("<location>" + library.resolve("a") + "</location>")
                .contains("<duration>215000</duration>");
    }

    @Test
    void xmlIsTheOriginalsNameForXspf() {
        assertThat(loved(ClientRun.against(server, library), "xml").out())
                .startsWith("<playlist xmlns=\"http://xspf.org/ns/0/\"");
    }

    @Test
    void m3u8PrintsTheList() {
        Result result = loved(ClientRun.against(server, library), "m3u8");

        assertThat(result.out())
                .isEqualTo("#EXTM3U\n#PLAYLIST:Loved tracks - aaa\n#EXTINF:215,Artist A - Track A\n"
                        + library.resolve("a") + "\n#EXTINF:0,\n" + library.resolve("b") + "\n");
    }

    @Test
    void jspfPrintsTheJsonDocument() {
        Result result = loved(ClientRun.against(server, library), "jspf");

        assertThat(result.out()).startsWith("{\"playlist\":{\"title\":\"Loved tracks\",\"creator\":\"moomoo\"");
    }

    @Test
    void strawberryLoadsTheXspfAndPrintsNoPlaylist() {
        ClientRun run = ClientRun.against(server, library);

        Result result = loved(run, "strawberry");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("moomoo-client: handed 2 tracks to Strawberry\n");
        assertThat(run.launcher().commands().get(0)).startsWith("strawberry", "--load");
        assertThat(run.launcher().loadedFiles().get(0)).contains("<location>" + library.resolve("a") + "</location>");
    }

    @Test
    void aMissingStrawberryIsExitNine() {
        Result result =
                loved(ClientRun.against(server, library).launcher(RecordingLauncher.notInstalled()), "strawberry");

        assertThat(result.exitCode()).isEqualTo(9);
        assertThat(result.err())
                .isEqualTo("moomoo-client: could not start strawberry: install Strawberry (and put it on PATH)"
                        + " or choose another --out format\n");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheFormats() {
        Result result = ClientRun.against(server, library).run("loved", "bob", "--out", "pls");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("'pls' is not an output format; use one of json, xspf, m3u8, jspf, strawberry");
        assertThat(server.getRequestCount()).isZero();
    }
}

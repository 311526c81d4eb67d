package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;
import org.moomoo.client.Fixtures;

class FromMbidsCommandTest {

    private static final String RECORDING = "5b11f4ce-a62d-471e-81fc-a69a8278c7da";
    private static final String ARTIST = "0383dadf-2a4e-4d10-a46a-e9e041da8eb3";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path library;

    @Test
    void sendsEachMbidInLowerCase() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        Result result = ClientRun.against(server, library).run("from-mbids", RECORDING.toUpperCase(), ARTIST);

        assertThat(result.exitCode()).isZero();
        HttpUrl url = server.takeRequest().getUrl();
        assertThat(url.encodedPath()).isEqualTo("/playlist/from-mbids");
        assertThat(url.queryParameterValues("mbid")).containsExactly(RECORDING, ARTIST);
    }

    @Test
    void sendsTheGeneratorOptions() throws Exception {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        ClientRun.against(server, library).run("from-mbids", RECORDING, "-n", "10", "--seeds", "3");

        HttpUrl url = server.takeRequest().getUrl();
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("mbid", "n", "seed");
        assertThat(url.queryParameter("n")).isEqualTo("10");
        assertThat(url.queryParameter("seed")).isEqualTo("3");
    }

    @Test
    void printsThePlaylistUnderTheLibrary() {
        server.enqueue(Fixtures.ok("from-files-seed-and-neighbours.json"));

        Result result = ClientRun.against(server, library).run("from-mbids", RECORDING, "--out", "m3u8");

        assertThat(result.out())
                .startsWith("#EXTM3U\n#EXTINF:200,Artist A - Seed\n" + library.resolve("Artist A/Album/01 Seed.flac")
                        + "\n");
    }

    @Test
    void refusesAValueThatIsNoMbidBeforeAnyRequest() {
        Result result = ClientRun.against(server, library).run("from-mbids", "not-an-id");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'not-an-id'");
        assertThat(server.getRequestCount()).isZero();
    }
}

package org.moomoo.client.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moomoo.client.ClientFailure;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ExitCode;
import org.moomoo.client.RecordingLauncher;
import org.moomoo.client.RecordingSleeper;

class StrawberryPlayerTest {

    private final RecordingLauncher launcher = RecordingLauncher.installed();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final StrawberryPlayer player = new StrawberryPlayer(new XspfRenderer(ClientRun.CLOCK), launcher, sleeper);

    @Test
    void runsStrawberryLoadWithAnXspfFile() {
        player.load(TestPlaylists.tagged());

        assertThat(launcher.commands()).hasSize(1);
        assertThat(launcher.commands().get(0)).hasSize(3).startsWith("strawberry", "--load");
        assertThat(launcher.commands().get(0).get(2)).endsWith(".xspf");
    }

    @Test
    void theFileHoldsTheValidXspfOfThePlaylist() {
        player.load(TestPlaylists.tagged());

        String loaded = launcher.loadedFiles().get(0);
        assertThat(loaded).isEqualTo(new XspfRenderer(ClientRun.CLOCK).render(TestPlaylists.tagged()));
        assertThatCode(() -> XspfRendererTest.validate(loaded)).doesNotThrowAnyException();
    }

    @Test
    void deletesTheFileHalfASecondAfterTheCommandReturns() {
        player.load(TestPlaylists.tagged());

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
        assertThat(Files.exists(Path.of(launcher.commands().get(0).get(2)))).isFalse();
    }

    @Test
    void aMissingStrawberryIsAPlayerFailure() {
        StrawberryPlayer absent =
                new StrawberryPlayer(new XspfRenderer(ClientRun.CLOCK), RecordingLauncher.notInstalled(), sleeper);

        assertThatThrownBy(() -> absent.load(TestPlaylists.tagged()))
                .isInstanceOfSatisfying(
                        ClientFailure.class,
                        failure -> assertThat(failure.exitCode()).isEqualTo(ExitCode.PLAYER))
                .hasMessageContaining("could not start strawberry");
    }
}

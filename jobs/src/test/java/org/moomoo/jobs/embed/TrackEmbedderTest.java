package org.moomoo.jobs.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moomoo.jobs.embed.audio.AudioDecoder;
import org.moomoo.jobs.embed.sonic.SonicEmbedder;

/**
 * What the embed job does with each file, on a machine without ffmpeg. The job itself takes the
 * ffmpeg on PATH, if any ({@link AudioDecoder#withFfmpegFromPath()}), so {@code EmbedJobTest}
 * alone cannot show that Ogg Vorbis needs none.
 */
class TrackEmbedderTest {

    private final TrackEmbedder withoutFfmpeg =
            new TrackEmbedder(new AudioDecoder(Optional.empty(), Duration.ofSeconds(30)), new SonicEmbedder());

    @Test
    void embedsAnOggVorbisFileWithoutFfmpeg() {
        // when
        EmbeddingRow row = withoutFfmpeg.embed(fixture("tagged.ogg"), "b/tagged.ogg");

        // then
        assertThat(row.failReason()).isNull();
        assertThat(row.vector()).hasSize(SonicEmbedder.DIMENSION);
        assertThat(row.durationSeconds()).isCloseTo(2.5, within(0.002));
    }

    @Test
    void givesAnOggOpusFileWithoutFfmpegAFailureRowThatSaysWhatToDo() {
        // when
        EmbeddingRow row = withoutFfmpeg.embed(fixture("decode/tone-opus.ogg"), "b/tone-opus.ogg");

        // then
        assertThat(row.vector()).isNull();
        assertThat(row.failReason())
                .isEqualTo(
                        "this Ogg file holds Opus, not Vorbis: install ffmpeg (apt-get install ffmpeg) to decode Ogg Opus");
    }

    private static Path fixture(String name) {
        URL url = TrackEmbedderTest.class.getResource("/fixtures/audio/" + name);
        assertThat(url).as("fixture " + name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

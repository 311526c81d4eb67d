package org.moomoo.playlist.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackJsonTest {

    @Test
    void aTrackKnownOnlyByItsPathIsMinimal() {
        assertThat(TrackJson.compact(Track.ofPath("test.mp3"))).isEqualTo("{\"filepath\":\"test.mp3\"}");
    }

    @Test
    void writesFieldsInTheSpecifiedOrderAndLeavesOutNulls() {
        UUID artist = UUID.fromString("89AD4AC3-39F7-470E-963A-56509C546377");
        Track track = new Track("a/b.flac", null, null, null, artist, artist, 200, 0.25, false);

        assertThat(TrackJson.compact(track))
                .isEqualTo("{\"filepath\":\"a/b.flac\","
                        + "\"artist_mbid\":\"89ad4ac3-39f7-470e-963a-56509c546377\","
                        + "\"album_artist_mbid\":\"89ad4ac3-39f7-470e-963a-56509c546377\","
                        + "\"track_length_seconds\":200,\"match_distance\":0.25,\"is_seed\":false}");
    }

    @Test
    void writesTheTagsAfterTheSpecsFieldsAndEscapesThem() {
        Track track = new Track("a/b.flac", null, null, null, null, null, 200, null, true)
                .withTags("Song \"One\"", "Artist", null);

        assertThat(TrackJson.compact(track))
                .isEqualTo("{\"filepath\":\"a/b.flac\",\"track_length_seconds\":200,"
                        + "\"is_seed\":true,\"title\":\"Song \\\"One\\\"\",\"artist\":\"Artist\"}");
    }

    @Test
    void writesTheReasonObjectLastAndKeepsItThroughTags() {
        Track track = new Track("a/b.flac", null, null, null, null, null, 200, null, null)
                .withReason(new Reason.Loved(LocalDate.of(2024, 3, 2)))
                .withTags("Song", null, null);

        assertThat(TrackJson.compact(track))
                .isEqualTo(
                        "{\"filepath\":\"a/b.flac\",\"track_length_seconds\":200,\"title\":\"Song\","
                                + "\"reason\":{\"kind\":\"loved\",\"text\":\"loved on 2024-03-02\",\"loved_on\":\"2024-03-02\"}}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInPaths() {
        assertThat(TrackJson.compact(Track.ofPath("a\"b\\c\u0001"))).isEqualTo("{\"filepath\":\"a\\\"b\\\\c\\u0001\"}");
    }

    @Test
    void writesAListAsAnArray() {
        assertThat(TrackJson.compact(List.of(Track.ofPath("a"), Track.ofPath("b"))))
                .isEqualTo("[{\"filepath\":\"a\"},{\"filepath\":\"b\"}]");
    }
}

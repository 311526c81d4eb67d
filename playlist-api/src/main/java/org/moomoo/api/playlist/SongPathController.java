package org.moomoo.api.playlist;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.moomoo.api.system.ApiException;
import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.similarity.SongPath;
import org.moomoo.playlist.similarity.SongPathException;
import org.moomoo.playlist.similarity.SongPathTrack;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /playlist/path?from=&to=&n=}: the song path from one file to another ({@link SongPath}),
 * computed on the request, in the envelope of the other playlist routes; each track after the
 * first carries its {@code step}, the distance to the track before it.
 */
@RestController
class SongPathController {

    private final CurrentSnapshot snapshot;
    private final SongPath songPath;

    SongPathController(CurrentSnapshot snapshot) {
        this.snapshot = snapshot;
        this.songPath = new SongPath(snapshot);
    }

    @GetMapping("/playlist/path")
    ResponseEntity<byte[]> path(HttpServletRequest request) {
        PathRequest parameters = PathRequest.of(request.getParameterMap());
        requireLibrary();
        List<SongPathTrack> tracks;
        try {
            tracks = songPath.between(
                    parameters.from(), parameters.to(), parameters.n(), GeneratorRequest.LIMIT_PER_ARTIST);
        } catch (SongPathException e) {
            HttpStatus status = switch (e.problem()) {
                case NOT_IN_LIBRARY -> HttpStatus.NOT_FOUND;
                case NO_VECTOR -> HttpStatus.UNPROCESSABLE_CONTENT;
                case SAME_TRACK -> HttpStatus.BAD_REQUEST;
            };
            throw new ApiException(status, sentence(e.getMessage()));
        }
        return JsonEnvelope.ok(JsonEnvelope.successOfTracks(SongPathTrack.json(tracks)));
    }

    // The engine's messages are clauses, as the command line prints them; the API's are sentences.
    private static String sentence(String clause) {
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
    }

    // As the other computed routes: the first load fails with a message that says what to do.
    private void requireLibrary() {
        try {
            snapshot.get();
        } catch (IllegalStateException e) {
            throw new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE, "The playlist library is not available: " + e.getMessage());
        }
    }
}

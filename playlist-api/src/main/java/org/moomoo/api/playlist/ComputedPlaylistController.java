package org.moomoo.api.playlist;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.moomoo.api.system.ApiException;
import org.moomoo.api.system.JsonEnvelope;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.PlaylistGenerator;
import org.moomoo.playlist.similarity.CurrentSnapshot;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Track;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /playlist/from-files} and {@code /playlist/from-mbids}: one playlist computed on the
 * request by the in-memory engine (spec/playlists-http-client.md 7.5), without a title.
 */
@RestController
class ComputedPlaylistController {

    private final Generators generators;
    private final CurrentSnapshot snapshot;
    private final KnownUsers users;

    ComputedPlaylistController(Generators generators, CurrentSnapshot snapshot, KnownUsers users) {
        this.generators = generators;
        this.snapshot = snapshot;
        this.users = users;
    }

    @GetMapping("/playlist/from-files")
    ResponseEntity<byte[]> fromFiles(HttpServletRequest request) {
        GeneratorRequest parameters = GeneratorRequest.paths(request.getParameterMap());
        return playlist(
                parameters,
                generators.fromFiles(parameters.sources(), parameters.username()),
                "No file of the library is at or under the given paths (paths are relative to the library).");
    }

    @GetMapping("/playlist/from-mbids")
    ResponseEntity<byte[]> fromMbids(HttpServletRequest request) {
        GeneratorRequest parameters = GeneratorRequest.mbids(request.getParameterMap());
        List<UUID> mbids = parameters.sources().stream().map(UUID::fromString).toList();
        return playlist(
                parameters,
                generators.fromMbids(mbids, parameters.username()),
                "No file of the library is mapped to the given MBIDs.");
    }

    private ResponseEntity<byte[]> playlist(
            GeneratorRequest parameters, PlaylistGenerator generator, String nothingFound) {
        requireLibrary();
        if (parameters.username() != null && !users.exists(parameters.username())) {
            throw ApiException.notFound("Unknown user '" + GeneratorRequest.shown(parameters.username())
                    + "': no listens or collections are stored for that name.");
        }
        List<Track> tracks;
        try {
            tracks = generator.tracks(parameters.options());
        } catch (NoFilesRequestedException e) {
            throw ApiException.notFound(nothingFound);
        }
        return JsonEnvelope.ok(List.of(new Playlist(null, null, tracks)));
    }

    // The first load fails with a message that says what to do (build the models); the database
    // being away is the advice's 503.
    private void requireLibrary() {
        try {
            snapshot.get();
        } catch (IllegalStateException e) {
            throw new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE, "The playlist library is not available: " + e.getMessage());
        }
    }
}

package org.moomoo.api.library;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moomoo.api.system.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web page's routes beside the playlist routes: {@code /users}, {@code /library/info},
 * {@code /library/search}, {@code /library/tracks}, {@code /library/map} and {@code /library/file}.
 * Answers are {@code {"success": true, ...}}; every parameter is checked as the playlist routes
 * check theirs, and a bad one is a 400 envelope that says what is expected.
 */
@RestController
class LibraryController {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_LIMIT = 200;
    static final int MAX_TRACKS = 500;
    static final int MAX_PATH_LENGTH = 4096;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LibraryCatalog catalog;
    private final LibraryRoot root;
    private final Transcoder transcoder;
    private final JdbcClient jdbc;
    private final String defaultUser;

    LibraryController(
            LibraryCatalog catalog,
            LibraryRoot root,
            JdbcClient jdbc,
            @Value("${moomoo.api.default-user:}") String defaultUser,
            @Value("${moomoo.api.ffmpeg:ffmpeg}") String ffmpeg,
            @Value("${moomoo.api.transcode-cache:${java.io.tmpdir}/moomoo-transcoded}") String transcodeCache) {
        this.catalog = catalog;
        this.root = root;
        this.jdbc = jdbc;
        this.defaultUser = defaultUser.strip();
        this.transcoder = new Transcoder(ffmpeg, Path.of(transcodeCache));
    }

    /** The users that have stored collections, and {@code LISTENBRAINZ_USERNAME} as the page's default. */
    @GetMapping("/users")
    ResponseEntity<byte[]> users() {
        List<String> users = jdbc.sql("SELECT DISTINCT username FROM raw.moomoo_playlist_collections ORDER BY username")
                .query(String.class)
                .list();
        Map<String, Object> body = success();
        body.put("users", users);
        body.put("default", defaultUser.isEmpty() ? null : defaultUser);
        return json(body);
    }

    /** How many files the library has, how many are embedded, and its root (for exported playlists). */
    @GetMapping("/library/info")
    ResponseEntity<byte[]> info() {
        LibraryIndex index = catalog.index();
        Map<String, Object> body = success();
        body.put("files", index.size());
        body.put("root", root.get().map(Path::toString).orElse(null));
        return json(body);
    }

    /** The files whose title, artist, album or path hold every word of {@code q}. */
    @GetMapping("/library/search")
    ResponseEntity<byte[]> search(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        String query = single(parameters, "q");
        if (query == null || query.isBlank()) {
            throw ApiException.badRequest("q is required: the words to look for in titles, artists, albums and paths.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest(
                    "q is " + query.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are accepted.");
        }
        checkNoControlCharacter("q", query);
        String limitText = single(parameters, "limit");
        int limit = limitText == null ? 50 : limit(limitText);
        LibraryIndex.Matches matches = catalog.index().search(query, limit);
        Map<String, Object> body = success();
        body.put("total", matches.total());
        body.put(
                "tracks",
                matches.entries().stream().map(LibraryController::track).toList());
        return json(body);
    }

    /** The tags of the given files (those that are in the library), for showing a playlist. */
    @GetMapping("/library/tracks")
    ResponseEntity<byte[]> tracks(HttpServletRequest request) {
        String[] paths = request.getParameterMap().get("path");
        if (paths == null || paths.length == 0) {
            throw ApiException.badRequest("No paths provided.");
        }
        if (paths.length > MAX_TRACKS) {
            throw ApiException.badRequest(
                    "At most " + MAX_TRACKS + " path values are accepted, got " + paths.length + ".");
        }
        LibraryIndex index = catalog.index();
        List<Map<String, Object>> tracks = new ArrayList<>();
        for (String path : paths) {
            LibraryIndex.Entry entry = index.at(path);
            if (entry != null) {
                tracks.add(track(entry));
            }
        }
        Map<String, Object> body = success();
        body.put("tracks", tracks);
        return json(body);
    }

    /** Every embedded file on the first two principal components of the conditioned vectors. */
    @GetMapping("/library/map")
    ResponseEntity<byte[]> map() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(catalog.map());
    }

    /**
     * The audio of one file of the library, with Range support. Only a path that is a row of the
     * library, relative, without a {@code ..} part, whose real location (symbolic links followed)
     * is a regular file inside the root is served; anything else is the same 404, so that a
     * request learns nothing about files outside the library.
     */
    @GetMapping("/library/file")
    ResponseEntity<Resource> file(HttpServletRequest request) throws IOException {
        String path = single(request.getParameterMap(), "path");
        if (path == null || path.isEmpty()) {
            throw ApiException.badRequest("path is required: a file relative to the library, as the routes return it.");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            throw ApiException.badRequest(
                    "path is " + path.length() + " characters long; at most " + MAX_PATH_LENGTH + " are accepted.");
        }
        checkNoControlCharacter("path", path);
        Path file = inLibrary(path).orElseThrow(() -> ApiException.notFound(notInLibrary(path)));
        AudioFormat format = AudioFormat.of(file);
        MediaType type = MediaType.parseMediaType(format.contentType());
        if (!format.playable()) {
            if (!transcoder.available()) {
                throw new ApiException(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "'" + shown(path) + "' is " + format.name() + ", which browsers cannot play; install ffmpeg "
                                + "so that the server converts it.");
            }
            file = transcoder
                    .flac(file)
                    .orElseThrow(() -> new ApiException(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "'" + shown(path) + "' is " + format.name() + ", which browsers cannot play, and ffmpeg"
                                    + " could not convert it."));
            type = MediaType.parseMediaType("audio/flac");
        }
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }

    private Optional<Path> inLibrary(String path) throws IOException {
        if (catalog.index().at(path) == null || path.startsWith("/") || path.contains("\\")) {
            return Optional.empty();
        }
        for (String part : path.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return Optional.empty();
            }
        }
        Optional<Path> libraryRoot = root.get();
        if (libraryRoot.isEmpty() || !Files.isDirectory(libraryRoot.get())) {
            throw new ApiException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The library's folder is not known or not here: run ./moomoo jobs run local-files library=DIR, "
                            + "or set MOOMOO_MEDIA_LIBRARY to where the library is mounted.");
        }
        Path realRoot = libraryRoot.get().toRealPath();
        Path candidate = libraryRoot.get().resolve(path).normalize();
        if (!candidate.startsWith(libraryRoot.get()) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // A symbolic link (of the file or of a folder on the way) that leaves the root is not served.
        Path real = candidate.toRealPath();
        if (!real.startsWith(realRoot) || !Files.isRegularFile(real)) {
            return Optional.empty();
        }
        return Optional.of(real);
    }

    private static String notInLibrary(String path) {
        return "No file of the library is at '" + shown(path) + "' (paths are relative to the library, as the "
                + "routes return them).";
    }

    private static Map<String, Object> track(LibraryIndex.Entry entry) {
        Map<String, Object> track = new LinkedHashMap<>();
        track.put("filepath", entry.filepath());
        putIfPresent(track, "title", entry.title());
        putIfPresent(track, "artist", entry.artist());
        putIfPresent(track, "album", entry.album());
        putIfPresent(track, "track_length_seconds", entry.lengthSeconds());
        track.put("embedded", entry.embedded());
        return track;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static int limit(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the expected range.
        }
        throw ApiException.badRequest(
                "limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + shown(text) + "'.");
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw ApiException.badRequest(name + " is given " + values.length + " times; give it once.");
        }
        return values[0];
    }

    private static void checkNoControlCharacter(String name, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ApiException.badRequest(name + " '" + shown(value) + "' contains a control character.");
        }
    }

    private static String shown(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }

    private static Map<String, Object> success() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        return body;
    }

    private static ResponseEntity<byte[]> json(Map<String, Object> body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
    }
}

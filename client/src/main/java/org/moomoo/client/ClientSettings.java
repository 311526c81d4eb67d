package org.moomoo.client;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.moomoo.client.library.MediaLibrary;

/**
 * The client's configuration, read from environment variables (spec 8.1) when a command needs
 * each value, so that a command which makes no request does not need MOOMOO_HOST. The API token
 * is kept out of every message.
 */
public final class ClientSettings {

    public static final String HOST = "MOOMOO_HOST";
    public static final String TOKEN = "MOOMOO_API_TOKEN";
    public static final String MEDIA_LIBRARY = "MOOMOO_MEDIA_LIBRARY";
    public static final String TIMEOUT = "MOOMOO_HTTP_TIMEOUT";
    public static final String USERNAME = "LISTENBRAINZ_USERNAME";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> environment;

    public ClientSettings(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The server's base URL. The original needed the scheme; a bare {@code host:port} is taken as
     * {@code http://host:port} here, and a trailing slash is dropped.
     */
    public HttpUrl host() {
        String value = value(HOST)
                .orElseThrow(() -> new ClientFailure(
                        ExitCode.CONFIGURATION,
                        HOST + " is not set; set it to the playlist server's URL, e.g. export " + HOST
                                + "=http://127.0.0.1:5000"));
        String withScheme = value.contains("://") ? value : "http://" + value;
        HttpUrl url = HttpUrl.parse(withScheme.replaceAll("/+$", ""));
        if (url == null) {
            throw new ClientFailure(
                    ExitCode.CONFIGURATION,
                    HOST + " '" + value
                            + "' is not an http or https URL; set it to the playlist server's URL, e.g. http://127.0.0.1:5000");
        }
        return url;
    }

    /** The bearer token for the server, when one is set. */
    public Optional<String> token() {
        return value(TOKEN);
    }

    /** How long one request may take: MOOMOO_HTTP_TIMEOUT seconds, 60 by default. */
    public Duration timeout() {
        Optional<String> value = value(TIMEOUT);
        if (value.isEmpty()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            double seconds = Double.parseDouble(value.get());
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range value
        }
        throw new ClientFailure(
                ExitCode.CONFIGURATION,
                TIMEOUT + " '" + value.get()
                        + "' is not a number of seconds between 0 and 86400; unset it for the default of 60");
    }

    /** This machine's mount of the music library, which must be an existing folder. */
    public MediaLibrary mediaLibrary() {
        String value = value(MEDIA_LIBRARY)
                .orElseThrow(
                        () -> new ClientFailure(
                                ExitCode.CONFIGURATION,
                                MEDIA_LIBRARY
                                        + " is not set; set it to the folder where the music library is mounted on this machine"));
        Path root;
        try {
            root = Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ClientFailure(ExitCode.CONFIGURATION, MEDIA_LIBRARY + " '" + value + "' is not a valid path");
        }
        if (!Files.isDirectory(root)) {
            throw new ClientFailure(
                    ExitCode.CONFIGURATION,
                    "media library " + root + " does not exist or is not a folder; check " + MEDIA_LIBRARY);
        }
        return new MediaLibrary(root);
    }

    /** The default for every USERNAME argument. */
    public Optional<String> defaultUsername() {
        return value(USERNAME);
    }

    private Optional<String> value(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

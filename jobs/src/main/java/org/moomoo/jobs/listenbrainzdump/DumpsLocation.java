package org.moomoo.jobs.listenbrainzdump;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the ListenBrainz incremental dumps are: {@code MOOMOO_LISTENBRAINZ_DUMPS_URL}, an
 * {@code ftp://host[:port]/path} URL, by default the public dump folder (spec/ingest.md 5.10).
 *
 * @param host      the FTP server
 * @param port      its control port
 * @param directory the folder holding one folder per dump, {@code /} for the server's root
 */
public record DumpsLocation(String host, int port, String directory) {

    /** The public ListenBrainz incremental dumps. */
    public static final String DEFAULT_URL = "ftp://ftp.musicbrainz.org/pub/musicbrainz/listenbrainz/incremental";

    public DumpsLocation {
        Objects.requireNonNull(host);
        Objects.requireNonNull(directory);
    }

    /**
     * The location {@code url} names.
     *
     * @throws IllegalArgumentException when it is not an {@code ftp://host[:port]/path} URL
     */
    public static DumpsLocation parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw notFtp(url);
        }
        if (!"ftp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw notFtp(url);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new DumpsLocation(uri.getHost(), uri.getPort() < 0 ? 21 : uri.getPort(), path);
    }

    /** The full path of {@code name} in the dump folder; a name that is a full path already stays. */
    String pathOf(String name) {
        if (name.startsWith("/")) {
            return name;
        }
        return directory.equals("/") ? "/" + name : directory + "/" + name;
    }

    /** {@code path} relative to the dump folder. */
    String relative(String path) {
        String prefix = directory.equals("/") ? "/" : directory + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static IllegalArgumentException notFtp(String url) {
        return new IllegalArgumentException("MOOMOO_LISTENBRAINZ_DUMPS_URL '" + url
                + "' is not an FTP folder URL; use ftp://host[:port]/path, e.g. " + DEFAULT_URL);
    }

    @Override
    public String toString() {
        return "ftp://" + host + (port == 21 ? "" : ":" + port) + directory;
    }
}

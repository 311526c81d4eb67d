package org.moomoo.jobs.listenbrainzdump;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * One anonymous FTP session with the ListenBrainz dump server (spec/ingest.md 5.10, "Source and
 * listing"): lists the dump archives, tells their modification times and streams one at a time.
 * Binary mode, passive data connections; closed with QUIT, else by dropping the connection.
 */
final class DumpsFtp implements AutoCloseable {

    private static final DateTimeFormatter MDTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final FTPClient ftp;
    private final DumpsLocation location;

    private DumpsFtp(FTPClient ftp, DumpsLocation location) {
        this.ftp = ftp;
        this.location = location;
    }

    /**
     * Connects and logs in as {@code anonymous}.
     *
     * @param timeout the longest wait for a connection, a reply or the next bytes of a file
     * @throws DumpsFtpException when the server cannot be reached or refuses the login
     */
    static DumpsFtp open(DumpsLocation location, Duration timeout) {
        FTPClient ftp = new FTPClient();
        ftp.setConnectTimeout((int) timeout.toMillis());
        ftp.setDefaultTimeout((int) timeout.toMillis());
        ftp.setDataTimeout(timeout);
        try {
            ftp.connect(location.host(), location.port());
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new DumpsFtpException(
                        "the FTP server " + location + " turned the connection away: " + reply(ftp));
            }
            ftp.setSoTimeout((int) timeout.toMillis());
            if (!ftp.login("anonymous", "moomoo@localhost")) {
                throw new DumpsFtpException(
                        "the FTP server " + location + " refused the anonymous login: " + reply(ftp));
            }
            ftp.enterLocalPassiveMode();
            if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw new DumpsFtpException("the FTP server " + location + " refused binary mode: " + reply(ftp));
            }
            return new DumpsFtp(ftp, location);
        } catch (IOException e) {
            hardClose(ftp);
            throw new DumpsFtpException("cannot reach the FTP server " + location + ": " + e.getMessage(), e);
        } catch (DumpsFtpException e) {
            hardClose(ftp);
            throw e;
        }
    }

    /**
     * Every dump archive in the folder, in listing order: per entry of the folder, the first (by
     * name) of its files that is a listens dump ({@code listens-...tar.zst}, not the Spark one).
     */
    List<ListedDump> list() {
        try {
            List<ListedDump> dumps = new ArrayList<>();
            // By name, which is by dump number: the order the dumps were published in.
            for (String entry : names(location.directory()).stream().sorted().toList()) {
                Optional<String> archive = names(entry).stream()
                        .sorted()
                        .filter(DumpsFtp::isListensArchive)
                        .findFirst();
                if (archive.isPresent()) {
                    String path = archive.get();
                    String slug = location.relative(path).split("/", 2)[0];
                    dumps.add(new ListedDump(slug, path, modifiedAt(path)));
                }
            }
            return dumps;
        } catch (IOException e) {
            throw new DumpsFtpException("listing " + location + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Streams {@code dump} through {@code reader}, then checks that the server sent all of it.
     *
     * @throws DumpsFtpException when the transfer cannot start or did not complete
     */
    <T> T read(ListedDump dump, Function<InputStream, T> reader) {
        T result;
        try (InputStream in = ftp.retrieveFileStream(dump.path())) {
            if (in == null) {
                throw new DumpsFtpException("the FTP server would not send " + dump.path() + ": " + reply(ftp));
            }
            result = reader.apply(in);
        } catch (IOException e) {
            throw new DumpsFtpException("the transfer of " + dump.path() + " broke off: " + e.getMessage(), e);
        }
        try {
            if (!ftp.completePendingCommand()) {
                throw new DumpsFtpException("the transfer of " + dump.path() + " did not complete: " + reply(ftp));
            }
        } catch (IOException e) {
            throw new DumpsFtpException("the transfer of " + dump.path() + " broke off: " + e.getMessage(), e);
        }
        return result;
    }

    /** QUIT, else drop the connection. */
    @Override
    public void close() {
        try {
            if (ftp.isConnected()) {
                ftp.logout();
            }
        } catch (IOException e) {
            // The connection is dropped below either way.
        } finally {
            hardClose(ftp);
        }
    }

    /** NLST of {@code path}, as full paths whatever form the server answers in. */
    private List<String> names(String path) throws IOException {
        String[] names = ftp.listNames(path);
        if (names == null) {
            throw new IOException("NLST " + path + ": " + reply(ftp));
        }
        return Arrays.stream(names).map(name -> fullPath(path, name)).toList();
    }

    static String fullPath(String listed, String name) {
        if (name.startsWith("/")) {
            return name;
        }
        String bare = listed.startsWith("/") ? listed.substring(1) : listed;
        if (!bare.isEmpty() && (name.equals(bare) || name.startsWith(bare + "/"))) {
            return "/" + name;
        }
        if (listed.endsWith("/" + name)) {
            // Listing a file names the file itself.
            return listed;
        }
        return listed.equals("/") ? "/" + name : listed + "/" + name;
    }

    private Instant modifiedAt(String path) throws IOException {
        String time = ftp.getModificationTime(path);
        if (time == null) {
            throw new IOException("MDTM " + path + ": " + reply(ftp));
        }
        String digits = time.strip();
        int dot = digits.indexOf('.');
        try {
            return LocalDateTime.parse(dot < 0 ? digits : digits.substring(0, dot), MDTM)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IOException("MDTM " + path + " answered '" + digits + "', not a time yyyyMMddHHmmss");
        }
    }

    private static boolean isListensArchive(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".tar.zst") && !name.contains("spark") && name.contains("listens-");
    }

    private static String reply(FTPClient ftp) {
        String reply = ftp.getReplyString();
        return reply == null || reply.isBlank() ? "no reply" : reply.strip();
    }

    private static void hardClose(FTPClient ftp) {
        try {
            if (ftp.isConnected()) {
                ftp.disconnect();
            }
        } catch (IOException e) {
            // Nothing more to do with a connection that will not close.
        }
    }
}

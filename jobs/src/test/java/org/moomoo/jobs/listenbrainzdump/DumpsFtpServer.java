package org.moomoo.jobs.listenbrainzdump;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.filesystem.nativefs.NativeFileSystemFactory;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;

/**
 * A real anonymous FTP server (Apache MINA FtpServer) on 127.0.0.1 and an ephemeral port, serving
 * a temporary folder, that can refuse logins and break off a transfer part-way, as a failing
 * network would, or send slowly, as a far server does, so that a kill test can kill its client
 * in the middle of a transfer.
 */
final class DumpsFtpServer implements AutoCloseable {

    private final Path root;
    private final FtpServer server;
    private final int port;
    private final AtomicBoolean refuseLogins = new AtomicBoolean();
    private final AtomicReference<String> breakOff = new AtomicReference<>();
    private final AtomicLong bytesPerSecond = new AtomicLong();
    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

    private DumpsFtpServer(Path root) throws FtpException, IOException {
        this.root = root;
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(0);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        data.setPassiveExternalAddress("127.0.0.1");
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        connections.setAnonymousLoginEnabled(true);
        factory.setConnectionConfig(connections.createConnectionConfig());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setFile(Files.createTempFile("moomoo-ftp-users", ".properties").toFile());
        factory.setUserManager(users.createUserManager());
        BaseUser anonymous = new BaseUser();
        anonymous.setName("anonymous");
        anonymous.setHomeDirectory(root.toString());
        factory.getUserManager().save(anonymous);
        factory.setFileSystem(this::fileSystem);
        // A mutable map: the server empties it when it stops.
        Map<String, Ftplet> ftplets = new HashMap<>();
        ftplets.put("refuse", new DefaultFtplet() {
            @Override
            public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
                if (refuseLogins.get() && request.getCommand().equalsIgnoreCase("PASS")) {
                    session.write(new DefaultFtpReply(530, "Login incorrect."));
                    return FtpletResult.SKIP;
                }
                return FtpletResult.DEFAULT;
            }
        });
        factory.setFtplets(ftplets);
        server = factory.createServer();
        server.start();
        port = ((Listener) factory.getListeners().get("default")).getPort();
    }

    /** A server of a new empty folder. */
    static DumpsFtpServer started() {
        try {
            return new DumpsFtpServer(Files.createTempDirectory("moomoo-ftp"));
        } catch (FtpException | IOException e) {
            throw new IllegalStateException("cannot start the test FTP server", e);
        }
    }

    /** {@code ftp://127.0.0.1:port/} plus {@code path}. */
    String url(String path) {
        return "ftp://127.0.0.1:" + port + path;
    }

    /** The folder served as {@code /}. */
    Path root() {
        return root;
    }

    /** Writes {@code bytes} at {@code path} under the root, making its folders. */
    Path put(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the served folder. */
    void clear() {
        try (var files = Files.walk(root)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server answers every login with 530. */
    void refuseLogins(boolean refuse) {
        refuseLogins.set(refuse);
    }

    /** Transfers of files named {@code name} (null: none) break off after half of the file. */
    void breakOffTransfersOf(String name) {
        breakOff.set(name);
    }

    /** Every transfer sends at most {@code rate} bytes a second (0: as fast as it can). */
    void throttle(long rate) {
        bytesPerSecond.set(rate);
    }

    /** The bytes sent so far of files named {@code name}, over all transfers. */
    long bytesSent(String name) {
        AtomicLong bytes = sent.get(name);
        return bytes == null ? 0 : bytes.get();
    }

    @Override
    public void close() {
        server.stop();
        clear();
    }

    private FileSystemView fileSystem(org.apache.ftpserver.ftplet.User user) throws FtpException {
        FileSystemView files = new NativeFileSystemFactory().createFileSystemView(user);
        return new FileSystemView() {
            @Override
            public FtpFile getHomeDirectory() throws FtpException {
                return files.getHomeDirectory();
            }

            @Override
            public FtpFile getWorkingDirectory() throws FtpException {
                return files.getWorkingDirectory();
            }

            @Override
            public boolean changeWorkingDirectory(String dir) throws FtpException {
                return files.changeWorkingDirectory(dir);
            }

            @Override
            public FtpFile getFile(String file) throws FtpException {
                return new BreakingFile(files.getFile(file));
            }

            @Override
            public boolean isRandomAccessible() throws FtpException {
                return files.isRandomAccessible();
            }

            @Override
            public void dispose() {
                files.dispose();
            }
        };
    }

    /** A served file whose transfer fails part-way when the test says so. */
    private final class BreakingFile implements FtpFile {

        private final FtpFile file;

        BreakingFile(FtpFile file) {
            this.file = file;
        }

        @Override
        public InputStream createInputStream(long offset) throws IOException {
            InputStream in = counted(file.getName(), file.createInputStream(offset));
            if (!file.getName().equals(breakOff.get())) {
                return in;
            }
            long limit = file.getSize() / 2;
            return new FilterInputStream(in) {
                private long sent;

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    if (sent >= limit) {
                        throw new IOException("connection dropped (test)");
                    }
                    int n = super.read(buffer, off, (int) Math.min(len, limit - sent));
                    sent += Math.max(n, 0);
                    return n;
                }

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }
            };
        }

        /** {@code in}, counting what it gives in {@link #bytesSent} and giving it no faster than the throttle allows. */
        private InputStream counted(String name, InputStream in) {
            AtomicLong total = sent.computeIfAbsent(name, n -> new AtomicLong());
            long started = System.nanoTime();
            return new FilterInputStream(in) {
                private long given;

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    long rate = bytesPerSecond.get();
                    // Small reads when throttled, so that the bytes trickle out evenly.
                    int n = super.read(buffer, off, rate > 0 ? (int) Math.min(len, Math.max(1, rate / 20)) : len);
                    if (n > 0) {
                        given += n;
                        total.addAndGet(n);
                        if (rate > 0) {
                            long due = started + given * 1_000_000_000L / rate;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                try {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new IOException("interrupted", e);
                                }
                            }
                        }
                    }
                    return n;
                }

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }
            };
        }

        // Everything else as the native file does.

        @Override
        public String getAbsolutePath() {
            return file.getAbsolutePath();
        }

        @Override
        public String getName() {
            return file.getName();
        }

        @Override
        public boolean isHidden() {
            return file.isHidden();
        }

        @Override
        public boolean isDirectory() {
            return file.isDirectory();
        }

        @Override
        public boolean isFile() {
            return file.isFile();
        }

        @Override
        public boolean doesExist() {
            return file.doesExist();
        }

        @Override
        public boolean isReadable() {
            return file.isReadable();
        }

        @Override
        public boolean isWritable() {
            return false;
        }

        @Override
        public boolean isRemovable() {
            return false;
        }

        @Override
        public String getOwnerName() {
            return file.getOwnerName();
        }

        @Override
        public String getGroupName() {
            return file.getGroupName();
        }

        @Override
        public int getLinkCount() {
            return file.getLinkCount();
        }

        @Override
        public long getLastModified() {
            return file.getLastModified();
        }

        @Override
        public boolean setLastModified(long time) {
            return false;
        }

        @Override
        public long getSize() {
            return file.getSize();
        }

        @Override
        public Object getPhysicalFile() {
            return file.getPhysicalFile();
        }

        @Override
        public boolean mkdir() {
            return false;
        }

        @Override
        public boolean delete() {
            return false;
        }

        @Override
        public boolean move(FtpFile destination) {
            return false;
        }

        @Override
        public List<? extends FtpFile> listFiles() {
            return file.listFiles();
        }

        @Override
        public java.io.OutputStream createOutputStream(long offset) throws IOException {
            throw new IOException("the test server is read-only");
        }
    }
}

package org.moomoo.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo-demo.jar generate}: writes the demo library and the demo user's ListenBrainz
 * export into a folder, keeping what a previous run wrote. {@code ./moomoo demo} runs it, then the
 * pipeline.
 */
@Command(
        name = "moomoo-demo",
        mixinStandardHelpOptions = true,
        description = "Write the demo library (short tagged Ogg Vorbis, Opus and FLAC tracks) and a demo user's"
                + " listening history (a ListenBrainz export ZIP) into FOLDER/library and FOLDER/history.zip."
                + " What exists is kept.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--into", required = true, paramLabel = "FOLDER", description = "where to write")
    Path folder;

    @Option(names = "--artists", defaultValue = "10", description = "artists, each one kind of sound (default 10)")
    int artists;

    @Option(names = "--albums-per-artist", defaultValue = "3", description = "albums per artist (default 3)")
    int albumsPerArtist;

    @Option(names = "--tracks-per-album", defaultValue = "10", description = "tracks per album (default 10)")
    int tracksPerAlbum;

    // Smart mixes take tracks over a minute long only.
    @Option(names = "--seconds", defaultValue = "65", description = "length of each track (default 65)")
    double seconds;

    @Option(names = "--user", defaultValue = "demo", description = "the demo user's name (default demo)")
    String user;

    @Option(names = "--seed", defaultValue = "7", description = "seed of every random choice (default 7)")
    long seed;

    @Option(
            names = "--musicbrainz-port",
            paramLabel = "PORT",
            description = "then serve the library's MusicBrainz documents on 127.0.0.1:PORT until stopped")
    Integer musicBrainzPort;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (seconds < 5 || seconds > 600) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--seconds must be from 5 to 600, not " + seconds);
        }
        DemoLibrary library = DemoLibrary.plan(artists, albumsPerArtist, tracksPerAlbum, seed);
        Path root = folder.resolve("library");
        long start = System.nanoTime();
        int written = new DemoLibraryWriter(root, seconds, seed)
                .write(library, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "demo library: %d tracks by %d artists in %s (%d written in %.1f s)%n",
                library.tracks().size(), artists, root, written, (System.nanoTime() - start) / 1e9);
        Path history = folder.resolve("history.zip");
        if (Files.exists(history)) {
            System.out.println("demo history: " + history + " (kept)");
        } else {
            // Ends an hour ago, so that no listen is in the future of a slow run's models.
            DemoHistory.Summary summary =
                    new DemoHistory(library, user, Instant.now().minus(Duration.ofHours(1)), seed).write(history);
            System.out.printf(
                    "demo history: %d listens and %d loves of user %s over two years in %s%n",
                    summary.listens(), summary.loves(), user, history);
        }
        if (musicBrainzPort != null) {
            new DemoMusicBrainzServer(new DemoMusicBrainz(library, seconds)).start(musicBrainzPort);
            System.out.println(
                    "demo MusicBrainz: http://127.0.0.1:" + musicBrainzPort + "/ws/2/ (stop it with Ctrl-C)");
            Thread.currentThread().join();
        }
        return 0;
    }

    /** Runs the command; exit 0 on success, 2 on a usage error, 1 when a file could not be written. */
    public static void main(String[] args) {
        CommandLine command = new CommandLine(new DemoCommand());
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("moomoo demo: " + e.getMessage());
            return 1;
        });
        System.exit(command.execute(args));
    }
}

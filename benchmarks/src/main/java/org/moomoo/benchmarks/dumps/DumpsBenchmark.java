package org.moomoo.benchmarks.dumps;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.listenbrainzdump.DumpArchiveReader;
import org.moomoo.jobs.listenbrainzdump.DumpContents;
import org.moomoo.jobs.progress.ProgressLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench dumps}: generates a ListenBrainz incremental dump ({@code tar.zst}, listens
 * shaped like the real dumps' lines, cached under {@code benchmarks/target}), then reads it as
 * {@code listenbrainz-data-dump} does, decompression, tar, JSON and counting included, from the
 * file instead of FTP, and prints listens per second (wall and per CPU second of the whole
 * process, the parser threads included) and the peak heap.
 */
@Command(
        name = "dumps",
        mixinStandardHelpOptions = true,
        description = "Listens per second read and counted from a generated ListenBrainz dump (tar.zst).")
public final class DumpsBenchmark implements Callable<Integer> {

    @Option(
            names = "--listens",
            defaultValue = "5000000",
            description = "how many listens the dump holds (default ${DEFAULT-VALUE})")
    int listens;

    @Option(names = "--runs", defaultValue = "3", description = "how many times to read it (default ${DEFAULT-VALUE})")
    int runs;

    @Option(
            names = "--threads",
            defaultValue = "0",
            description =
                    "threads parsing lines beside the one decompressing, 0 for one per core (default ${DEFAULT-VALUE})")
    int threads;

    @Option(
            names = "--cache",
            defaultValue = "benchmarks/target/bench-dumps",
            description = "where the generated dump is kept between runs (default ${DEFAULT-VALUE})")
    Path cache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dump = cache.resolve("listenbrainz-listens-dump-" + listens + "-incremental.tar.zst");
        if (!Files.exists(dump)) {
            long started = System.nanoTime();
            generate(dump, listens, 42);
            out.printf(
                    "generated %s (%s listens, %s MB) in %s%n",
                    dump,
                    ProgressLine.count(listens),
                    ProgressLine.count(Files.size(dump) >> 20),
                    ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
        } else {
            out.printf("using %s (%s MB)%n", dump, ProgressLine.count(Files.size(dump) >> 20));
        }
        out.flush();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeakHeap();
            int parsers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            DumpContents contents;
            try (InputStream in = Files.newInputStream(dump)) {
                contents = DumpArchiveReader.read(dump.toString(), in, parsers);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            // The whole process's CPU time (decompression, parser threads, collector): what the
            // reading costs whatever else the machine runs meanwhile.
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "run %d: %s listens (%s user-artist pairs) on %d parser thread(s) in %.2f s wall, %.2f s CPU:"
                            + " %s listens/s wall, %s listens/s per CPU second, peak heap %s MB, load average %s%n",
                    run,
                    ProgressLine.count(contents.listens()),
                    ProgressLine.count(contents.counts().pairs()),
                    parsers,
                    seconds,
                    cpuSeconds,
                    ProgressLine.count(Math.round(contents.listens() / seconds)),
                    ProgressLine.count(Math.round(contents.listens() / cpuSeconds)),
                    ProgressLine.count(peakHeap() >> 20),
                    Machine.loadAverage());
            out.flush();
        }
        out.println("load average after the runs: " + Machine.loadAverage());
        out.println(Machine.describe());
        out.flush();
        return ExitCodes.COMPLETED;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * Writes a dump of {@code count} listens into {@code file}. A tar entry declares its size before
     * its bytes, so the listens are generated twice from the same seed: once to measure, once to write.
     */
    static void generate(Path file, int count, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long size = writeListens(OutputStream.nullOutputStream(), count, seed);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new ZstdOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), 3))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            put(tar, "listenbrainz-dump-2054-20250301-000003-incremental/START_TIMESTAMP", "2025-02-28 00:00:00+00:00");
            put(tar, "listenbrainz-dump-2054-20250301-000003-incremental/END_TIMESTAMP", "2025-03-01 00:00:00+00:00");
            TarArchiveEntry listens =
                    new TarArchiveEntry("listenbrainz-dump-2054-20250301-000003-incremental/listens/2025/2.listens");
            listens.setSize(size);
            tar.putArchiveEntry(listens);
            writeListens(tar, count, seed);
            tar.closeArchiveEntry();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void put(TarArchiveOutputStream tar, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    /** Writes the listens, one JSON line each as the dumps have them; returns the bytes written. */
    private static long writeListens(OutputStream out, int count, long seed) throws IOException {
        Random random = new Random(seed);
        long written = 0;
        StringBuilder line = new StringBuilder(1024);
        long at = 1740700800L;
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            int user = (int) Math.min(200_000, Math.abs(random.nextGaussian()) * 20_000);
            int artist = (int) Math.min(100_000, Math.abs(random.nextGaussian()) * 8_000);
            int recording = artist * 20 + random.nextInt(20);
            at += random.nextInt(3);
            String artistMbid = uuid(0x3000_0000_0000_4000L, artist);
            String recordingMbid = uuid(0x2000_0000_0000_4000L, recording);
            String msid = uuid(0x1000_0000_0000_4000L, recording);
            String artists = random.nextInt(10) == 0
                    ? "\"" + artistMbid + "\", \"" + uuid(0x3000_0000_0000_4000L, artist + 1) + "\""
                    : "\"" + artistMbid + "\"";
            line.append("{\"listened_at\": ")
                    .append(at)
                    .append(", \"recording_msid\": \"")
                    .append(msid)
                    .append("\", \"user_id\": ")
                    .append(user)
                    .append(", \"user_name\": \"user")
                    .append(user)
                    .append("\", \"track_metadata\": {\"artist_name\": \"Artist ")
                    .append(artist)
                    .append("\", \"track_name\": \"Track ")
                    .append(recording)
                    .append("\", \"release_name\": \"Album ")
                    .append(recording / 12)
                    .append("\", \"additional_info\": {");
            if (random.nextInt(10) < 8) {
                line.append("\"artist_mbids\": [")
                        .append(artists)
                        .append("], \"recording_mbid\": \"")
                        .append(recordingMbid)
                        .append("\", \"release_mbid\": \"")
                        .append(recordingMbid)
                        .append("\", ");
            }
            line.append("\"duration_ms\": ")
                    .append(120_000 + recording % 240_000)
                    .append(", \"media_player\": \"Strawberry\", \"submission_client\": \"Strawberry\","
                            + " \"submission_client_version\": \"1.0.23\", \"tracknumber\": ")
                    .append(1 + recording % 12)
                    .append("}, \"mbid_mapping\": {\"artist_mbids\": [\"")
                    .append(artistMbid)
                    .append("\"], \"artists\": [{\"artist_credit_name\": \"Artist ")
                    .append(artist)
                    .append("\", \"artist_mbid\": \"")
                    .append(artistMbid)
                    .append("\", \"join_phrase\": \"\"}], \"caa_id\": 12345678, \"caa_release_mbid\": \"")
                    .append(recordingMbid)
                    .append("\", \"recording_mbid\": \"")
                    .append(recordingMbid)
                    .append("\", \"recording_name\": \"Track ")
                    .append(recording)
                    .append("\", \"release_mbid\": \"")
                    .append(recordingMbid)
                    .append("\"}}, \"inserted_at\": ")
                    .append(at + 5)
                    .append("}\n");
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
        }
        return written;
    }

    private static String uuid(long high, int number) {
        return new UUID(high | number, 0x8000_0000_0000_0000L | number).toString();
    }
}

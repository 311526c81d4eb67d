package org.moomoo.benchmarks.listensimport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.moomoo.benchmarks.Machine;
import org.moomoo.jobs.faststart.ScratchDatabase;
import org.moomoo.jobs.launcher.ExitCodes;
import org.moomoo.jobs.launcher.JobControl.Outcome;
import org.moomoo.jobs.progress.ProgressLine;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code moomoo bench listens-import}: generates a ListenBrainz export ZIP (user.json and one
 * JSON-lines file per month, listens shaped like the API's, most with an MBID mapping) and times
 * {@code listens-import} of it into a {@link ScratchDatabase}, then a second import of the same file
 * (every listen already present).
 */
@Command(
        name = "listens-import",
        mixinStandardHelpOptions = true,
        description = "Listens per second of listens-import on a generated ListenBrainz export.")
public final class ListensImportBenchmark implements Callable<Integer> {

    @Option(
            names = "--listens",
            defaultValue = "1000000",
            description = "how many listens to generate (default ${DEFAULT-VALUE})")
    int listens;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("moomoo-bench-listens");
        try {
            long started = System.nanoTime();
            Path export = generate(folder.resolve("listenbrainz-export.zip"), listens, 42);
            out.printf(
                    "generated a ListenBrainz export of %s listens (%s MB zipped) in %s%n",
                    ProgressLine.count(listens),
                    ProgressLine.count(Files.size(export) >> 20),
                    ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)));
            out.flush();
            try (ScratchDatabase scratch = new ScratchDatabase()) {
                List<String> arguments = List.of("file=" + export);
                report(out, "first import", scratch.jobs().run("listens-import", arguments));
                report(out, "same file again", scratch.jobs().run("listens-import", arguments));
            }
            out.println("load average after the runs: " + Machine.loadAverage());
            out.println(Machine.describe());
            out.flush();
            return ExitCodes.COMPLETED;
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private void report(PrintWriter out, String what, Outcome outcome) {
        if (outcome.exitCode() != ExitCodes.COMPLETED) {
            throw new IllegalStateException(
                    what + " did not complete: " + outcome.execution().problem());
        }
        double seconds = outcome.execution().duration().toNanos() / 1e9;
        out.printf(
                Locale.ROOT,
                "%-18s %10s listens in %8.3fs  %10s listens/s%n",
                what,
                ProgressLine.count(listens),
                seconds,
                ProgressLine.count(Math.round(listens / seconds)));
        out.flush();
    }

    /** Writes an export of {@code count} listens, one a few minutes after the other, into {@code zip}. */
    static Path generate(Path zip, int count, long seed) throws IOException {
        Random random = new Random(seed);
        int recordings = Math.max(1, count / 20);
        long at = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
        try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(zip));
                BufferedWriter out =
                        new BufferedWriter(new OutputStreamWriter(entries, StandardCharsets.UTF_8), 1 << 16)) {
            entries.putNextEntry(new ZipEntry("user.json"));
            out.write("{\"user_id\": 1, \"username\": \"bench\"}\n");
            out.flush();
            entries.closeEntry();
            YearMonth month = null;
            for (int i = 0; i < count; i++) {
                at += 60 + random.nextInt(600);
                YearMonth of = YearMonth.from(Instant.ofEpochSecond(at).atOffset(ZoneOffset.UTC));
                if (!of.equals(month)) {
                    out.flush();
                    if (month != null) {
                        entries.closeEntry();
                    }
                    month = of;
                    entries.putNextEntry(new ZipEntry(
                            String.format(Locale.ROOT, "listens/%d/%02d.jsonl", of.getYear(), of.getMonthValue())));
                }
                out.write(listen(random.nextInt(recordings), at, random.nextInt(10) < 8));
            }
            out.flush();
            entries.closeEntry();
        }
        return zip;
    }

    private static String listen(int recording, long at, boolean mapped) {
        String msid = new UUID(0x1000_0000_0000_4000L | recording, 0x8000_0000_0000_0000L | recording).toString();
        String mbid = new UUID(0x2000_0000_0000_4000L | recording, 0x8000_0000_0000_0000L | recording).toString();
        String artist = new UUID(0x3000_0000_0000_4000L | recording / 10, 0x8000_0000_0000_0000L).toString();
        String mapping = mapped
                ? ", \"mbid_mapping\": {\"artist_mbids\": [\"" + artist + "\"], \"artists\": [{\"artist_credit_name\":"
                        + " \"Artist " + recording / 10 + "\", \"artist_mbid\": \"" + artist
                        + "\", \"join_phrase\": \"\"}],"
                        + " \"recording_mbid\": \"" + mbid + "\", \"recording_name\": \"Track " + recording
                        + "\", \"release_mbid\": \"" + mbid + "\"}"
                : "";
        return "{\"inserted_at\": " + (at + 5) + ", \"listened_at\": " + at + ", \"recording_msid\": \"" + msid
                + "\", \"track_metadata\": {\"artist_name\": \"Artist " + recording / 10
                + "\", \"track_name\": \"Track "
                + recording + "\", \"release_name\": \"Album " + recording / 12 + "\", \"additional_info\":"
                + " {\"duration_ms\": " + (120_000 + recording % 240_000) + ", \"tracknumber\": " + (1 + recording % 12)
                + ", \"recording_msid\": \"" + msid + "\", \"submission_client\": \"moomoo bench\"}" + mapping + "}}\n";
    }
}

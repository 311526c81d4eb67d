package org.moomoo.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two years of a demo user's listening over the demo library, written as the ZIP ListenBrainz lets
 * a user export ({@code user.json}, {@code listens/YYYY/MM.jsonl}, {@code feedback.jsonl}), so that
 * {@code listens-import} brings it in as it would a real history.
 *
 * <p>The history has what the collections look for: favourite albums played all along, albums
 * played only in the first year, albums played a lot three to five months ago and then forgotten
 * (what the revisit collections find), loved tracks, and, in the last two months, sessions of
 * several tracks of one kind of sound (what "more like this" and the backtest score).
 * A few listens are of music outside the library, with no MusicBrainz mapping, as in real life.
 */
public final class DemoHistory {

    /** What was written. */
    public record Summary(int listens, int loves, List<DemoAlbum> favourites, List<DemoAlbum> forgotten) {}

    private static final int DAYS = 730;
    private static final Duration TRACK_GAP = Duration.ofMinutes(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoLibrary library;
    private final String user;
    private final Instant now;
    private final Random random;
    private final List<Map<String, Object>> listens = new ArrayList<>();

    /** The history of {@code user} over {@code library}, ending just before {@code now}. */
    public DemoHistory(DemoLibrary library, String user, Instant now, long seed) {
        this.library = library;
        this.user = user;
        this.now = now;
        this.random = new Random(seed);
    }

    /** Writes the export to {@code zip} (through a temporary file, so a crash leaves no half ZIP). */
    public Summary write(Path zip) throws IOException {
        List<DemoAlbum> albums = new ArrayList<>(library.albums());
        Collections.shuffle(albums, random);
        int share = Math.max(1, albums.size() / 4);
        List<DemoAlbum> favourites = List.copyOf(albums.subList(0, share));
        List<DemoAlbum> forgotten = List.copyOf(albums.subList(share, Math.min(albums.size(), 2 * share)));
        List<DemoAlbum> old =
                List.copyOf(albums.subList(Math.min(albums.size(), 2 * share), Math.min(albums.size(), 3 * share)));

        // The first year: albums played then, and never again.
        for (int day = DAYS; day > 370 && !old.isEmpty(); day -= 3) {
            session(day, library.tracksOf(old.get(random.nextInt(old.size()))));
        }
        // Three to five months ago, played a lot, then not at all: what the revisit collections find.
        for (int day = 150; day > 92 && !forgotten.isEmpty(); day -= 2) {
            session(day, library.tracksOf(forgotten.get(random.nextInt(forgotten.size()))));
        }
        // Favourites all along, to this week.
        for (int day = DAYS; day > 0; day -= 4) {
            session(day, library.tracksOf(favourites.get(random.nextInt(favourites.size()))));
        }
        // The last two months: sessions of one favourite kind of sound, across artists and albums.
        List<Kind> favouriteKinds =
                favourites.stream().map(a -> a.artist().kind()).distinct().toList();
        for (int day = 60; day > 0; day -= 2) {
            Kind kind = favouriteKinds.get(random.nextInt(favouriteKinds.size()));
            List<DemoTrack> ofKind = new ArrayList<>(library.tracks().stream()
                    .filter(t -> t.kind() == kind && !forgotten.contains(t.album()))
                    .toList());
            Collections.shuffle(ofKind, random);
            session(day, ofKind.subList(0, Math.min(ofKind.size(), 5 + random.nextInt(4))));
        }
        listens.sort(Comparator.comparingLong(l -> (Long) l.get("listened_at")));

        List<Map<String, Object>> loves = loves(favourites);
        Path partial = zip.resolveSibling(zip.getFileName() + ".part");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            entry(out, "user.json", List.of(Map.of("user_id", 1, "username", user)));
            Map<YearMonth, List<Map<String, Object>>> byMonth = new TreeMap<>();
            for (Map<String, Object> listen : listens) {
                Instant at = Instant.ofEpochSecond((Long) listen.get("listened_at"));
                byMonth.computeIfAbsent(YearMonth.from(at.atOffset(ZoneOffset.UTC)), m -> new ArrayList<>())
                        .add(listen);
            }
            for (var month : byMonth.entrySet()) {
                YearMonth m = month.getKey();
                entry(
                        out,
                        String.format(Locale.ROOT, "listens/%d/%02d.jsonl", m.getYear(), m.getMonthValue()),
                        month.getValue());
            }
            entry(out, "feedback.jsonl", loves);
        }
        Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
        return new Summary(listens.size(), loves.size(), favourites, forgotten);
    }

    // One sitting: the tracks one after the other, starting at a random hour of the day `day` days ago.
    private void session(int day, List<DemoTrack> tracks) {
        Instant at = now.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(8 * 60 + random.nextInt(12 * 60)));
        for (DemoTrack track : tracks) {
            if (!at.isBefore(now)) {
                return;
            }
            if (random.nextInt(12) == 0) {
                listens.add(outsideListen(at));
                at = at.plus(TRACK_GAP);
            }
            listens.add(listen(track, at));
            at = at.plus(TRACK_GAP.plusSeconds(random.nextInt(60)));
        }
    }

    private List<Map<String, Object>> loves(List<DemoAlbum> favourites) {
        Set<DemoTrack> loved = new LinkedHashSet<>();
        for (DemoAlbum album : favourites) {
            List<DemoTrack> tracks = library.tracksOf(album);
            loved.add(tracks.get(0));
            tracks.stream().filter(t -> random.nextInt(3) == 0).forEach(loved::add);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (DemoTrack track : loved) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(
                    "created",
                    now.minus(Duration.ofDays(1 + random.nextInt(DAYS - 1))).getEpochSecond());
            item.put("recording_mbid", track.recording().toString());
            item.put(
                    "recording_msid",
                    msid(track.artist().name(), track.title(), track.album().title()));
            item.put("score", 1);
            items.add(item);
        }
        return items;
    }

    private Map<String, Object> listen(DemoTrack track, Instant at) {
        String msid = msid(track.artist().name(), track.title(), track.album().title());
        Map<String, Object> artist = new LinkedHashMap<>();
        artist.put("artist_credit_name", track.artist().name());
        artist.put("artist_mbid", track.artist().mbid().toString());
        artist.put("join_phrase", "");
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("artist_mbids", List.of(track.artist().mbid().toString()));
        mapping.put("artists", List.of(artist));
        mapping.put("recording_mbid", track.recording().toString());
        mapping.put("recording_name", track.title());
        mapping.put("release_mbid", track.album().release().toString());
        Map<String, Object> metadata =
                metadata(track.artist().name(), track.title(), track.album().title(), msid);
        metadata.put("mbid_mapping", mapping);
        return listenOf(at, msid, metadata);
    }

    private Map<String, Object> outsideListen(Instant at) {
        int song = random.nextInt(40);
        String artist = "Radio Artist " + (song % 7 + 1);
        String title = "Radio Song " + (song + 1);
        String msid = msid(artist, title, "");
        return listenOf(at, msid, metadata(artist, title, null, msid));
    }

    private Map<String, Object> metadata(String artist, String title, String release, String msid) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("duration_ms", 20_000);
        info.put("recording_msid", msid);
        info.put("submission_client", "moomoo demo");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("artist_name", artist);
        metadata.put("track_name", title);
        if (release != null) {
            metadata.put("release_name", release);
        }
        metadata.put("additional_info", info);
        return metadata;
    }

    private Map<String, Object> listenOf(Instant at, String msid, Map<String, Object> metadata) {
        Map<String, Object> listen = new LinkedHashMap<>();
        listen.put("inserted_at", at.getEpochSecond() + 20);
        listen.put("listened_at", at.getEpochSecond());
        listen.put("recording_msid", msid);
        listen.put("track_metadata", metadata);
        listen.put("user_name", user);
        return listen;
    }

    // MessyBrainz gives one id per (artist, title, release) text; a name-based UUID stands in for it.
    private static String msid(String artist, String title, String release) {
        return UUID.nameUUIDFromBytes(
                        ("msid " + artist + "\u0000" + title + "\u0000" + release).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static void entry(ZipOutputStream out, String name, List<Map<String, Object>> lines) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream entry = out;
        for (Map<String, Object> line : lines) {
            entry.write(JSON.writeValueAsBytes(line));
            entry.write('\n');
        }
        out.closeEntry();
    }
}

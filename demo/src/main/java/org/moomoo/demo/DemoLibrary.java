package org.moomoo.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.moomoo.testsupport.audio.SyntheticTracks.Kind;

/**
 * The demo library's plan: artists who each make one kind of sound, their albums and tracks, and
 * the MusicBrainz ids in the tags. The same arguments give the same plan, ids included.
 *
 * @param tracks every track, album by album
 */
public record DemoLibrary(List<DemoTrack> tracks) {

    private static final String[][] ARTISTS_BY_KIND = {
        {"Deep Current", "Low Tide Assembly", "Bass Harbour"},
        {"Neon Saw", "Bright Static", "Voltage Choir"},
        {"Snare Weather", "Rattle Machine", "Tin Roof Rain"},
        {"Glass Strings", "Harp Lines", "Copper Plucks"},
        {"Slow Clouds", "Quiet Fields", "Long Horizon"},
    };
    private static final String[] WORDS = {
        "Amber", "Blue", "Cold", "Dawn", "Echo", "Fern", "Glass", "Harbour", "Iron", "Jade", "Kite", "Lumen", "Moss",
        "Night", "Orbit", "Pine", "Quartz", "River", "Salt", "Tide", "Velvet", "Winter", "Zephyr", "Ember"
    };

    /**
     * A plan of {@code artists} artists (taking the kinds of sound in turn), each with
     * {@code albumsPerArtist} albums of {@code tracksPerAlbum} tracks; albums alternate between
     * Ogg Vorbis and Opus, every sixth one FLAC.
     */
    public static DemoLibrary plan(int artists, int albumsPerArtist, int tracksPerAlbum, long seed) {
        if (artists < 1 || albumsPerArtist < 1 || tracksPerAlbum < 1) {
            throw new IllegalArgumentException("artists, albums per artist and tracks per album must be at least 1");
        }
        Random random = new Random(seed);
        Kind[] kinds = Kind.values();
        List<DemoTrack> tracks = new ArrayList<>();
        int albumCount = 0;
        for (int a = 0; a < artists; a++) {
            Kind kind = kinds[a % kinds.length];
            String[] names = ARTISTS_BY_KIND[a % kinds.length];
            String name = names[(a / kinds.length) % names.length];
            if (a >= names.length * kinds.length) {
                name += " " + (a / (names.length * kinds.length) + 1);
            }
            DemoArtist artist = new DemoArtist(name, id(seed, "artist", a), kind);
            Set<String> titles = new LinkedHashSet<>();
            for (int b = 0; b < albumsPerArtist; b++) {
                String albumTitle = uniqueTitle(random, titles);
                DemoAlbum album = new DemoAlbum(
                        artist,
                        albumTitle,
                        2001 + random.nextInt(24),
                        id(seed, "release", albumCount),
                        id(seed, "release-group", albumCount),
                        extension(albumCount));
                for (int t = 1; t <= tracksPerAlbum; t++) {
                    int index = tracks.size();
                    String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                    String path =
                            String.format(Locale.ROOT, "%s/%02d %s.%s", album.folder(), t, title, album.extension());
                    tracks.add(new DemoTrack(
                            index,
                            artist,
                            album,
                            t,
                            title,
                            id(seed, "recording", index),
                            id(seed, "release-track", index),
                            path));
                }
                albumCount++;
            }
        }
        return new DemoLibrary(List.copyOf(tracks));
    }

    // Mostly small lossy files (the whole demo stays under 200 MB), one album in six lossless.
    private static String extension(int album) {
        if (album % 6 == 5) {
            return "flac";
        }
        return album % 2 == 0 ? "ogg" : "opus";
    }

    /** The albums, in library order. */
    public List<DemoAlbum> albums() {
        return tracks.stream().map(DemoTrack::album).distinct().toList();
    }

    /** The tracks of {@code album}, in order. */
    public List<DemoTrack> tracksOf(DemoAlbum album) {
        return tracks.stream().filter(t -> t.album().equals(album)).toList();
    }

    private static String uniqueTitle(Random random, Set<String> taken) {
        while (true) {
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            if (taken.add(title)) {
                return title;
            }
        }
    }

    // Name-based ids: stable for a seed, and never those of real MusicBrainz entities' ids by chance.
    private static UUID id(long seed, String entity, int index) {
        return UUID.nameUUIDFromBytes(
                ("moomoo demo " + seed + " " + entity + " " + index).getBytes(StandardCharsets.UTF_8));
    }
}

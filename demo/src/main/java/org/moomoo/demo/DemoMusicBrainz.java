package org.moomoo.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MusicBrainz web service's JSON documents ({@code fmt=json}, with the includes moomoo asks
 * for) of every recording, release, release group and artist of the demo library, so that
 * {@code annotate-mbids} runs offline against {@link DemoMusicBrainzServer} as it would against
 * MusicBrainz.
 */
public final class DemoMusicBrainz {

    private final DemoLibrary library;
    private final double seconds;

    /** The documents of {@code library}, whose tracks last {@code seconds}. */
    public DemoMusicBrainz(DemoLibrary library, double seconds) {
        this.library = library;
        this.seconds = seconds;
    }

    /** The document of {@code entity} {@code mbid}, if the library has it. */
    public Optional<Map<String, Object>> document(String entity, String mbid) {
        return switch (entity) {
            case "recording" ->
                library.tracks().stream()
                        .filter(t -> t.recording().toString().equals(mbid))
                        .findFirst()
                        .map(this::recording);
            case "release" ->
                albumWhere(a -> a.release().toString().equals(mbid)).map(this::release);
            case "release-group" ->
                albumWhere(a -> a.releaseGroup().toString().equals(mbid)).map(this::releaseGroup);
            case "artist" -> artistWhere(mbid).map(this::artist);
            default -> Optional.empty();
        };
    }

    /** The releases of artist {@code mbid} as a browse answers ({@code release?artist=}), all on one page. */
    public Optional<Map<String, Object>> releasesOf(String mbid) {
        return artistWhere(mbid).map(artist -> {
            List<Map<String, Object>> releases =
                    albumsOf(artist).stream().map(this::releaseSummary).toList();
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("release-count", releases.size());
            page.put("release-offset", 0);
            page.put("releases", releases);
            return page;
        });
    }

    private Map<String, Object> recording(DemoTrack track) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", track.recording().toString());
        document.put("title", track.title());
        document.put("length", Math.round(seconds * 1000));
        document.put("disambiguation", "");
        document.put("video", false);
        document.put("first-release-date", String.valueOf(track.album().year()));
        document.put("artist-credit", credit(track.artist()));
        document.put("tags", tags(track.album()));
        document.put("releases", List.of(releaseSummary(track.album())));
        return document;
    }

    private Map<String, Object> release(DemoAlbum album) {
        Map<String, Object> document = releaseSummary(album);
        document.put("artist-credit", credit(album.artist()));
        document.put("release-group", releaseGroupSummary(album));
        document.put("label-info", List.of());
        document.put("relations", List.of());
        return document;
    }

    private Map<String, Object> releaseGroup(DemoAlbum album) {
        Map<String, Object> document = releaseGroupSummary(album);
        document.put("artist-credit", credit(album.artist()));
        document.put("tags", tags(album));
        document.put("relations", List.of());
        document.put("releases", List.of(releaseSummary(album)));
        return document;
    }

    private Map<String, Object> artist(DemoArtist artist) {
        Map<String, Object> document = artistSummary(artist);
        document.put("aliases", List.of());
        document.put("relations", List.of());
        document.put("tags", List.of(Map.of("count", 1, "name", DemoLibraryWriter.genre(artist.kind()))));
        document.put(
                "releases", albumsOf(artist).stream().map(this::releaseSummary).toList());
        return document;
    }

    private Map<String, Object> releaseSummary(DemoAlbum album) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("id", album.release().toString());
        release.put("title", album.title());
        release.put("status", "Official");
        release.put("date", String.valueOf(album.year()));
        release.put("country", "XW");
        release.put("disambiguation", "");
        return release;
    }

    private Map<String, Object> releaseGroupSummary(DemoAlbum album) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", album.releaseGroup().toString());
        group.put("title", album.title());
        group.put("first-release-date", String.valueOf(album.year()));
        group.put("primary-type", "Album");
        group.put("secondary-types", List.of());
        group.put("disambiguation", "");
        return group;
    }

    private static List<Object> credit(DemoArtist artist) {
        Map<String, Object> credit = new LinkedHashMap<>();
        credit.put("name", artist.name());
        credit.put("joinphrase", "");
        credit.put("artist", artistSummary(artist));
        return List.of(credit);
    }

    private static Map<String, Object> artistSummary(DemoArtist artist) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", artist.mbid().toString());
        summary.put("name", artist.name());
        summary.put("sort-name", artist.name());
        summary.put("type", "Group");
        summary.put("disambiguation", "");
        return summary;
    }

    private static List<Object> tags(DemoAlbum album) {
        return List.of(Map.of(
                "count", 1, "name", DemoLibraryWriter.genre(album.artist().kind())));
    }

    private Optional<DemoAlbum> albumWhere(java.util.function.Predicate<DemoAlbum> test) {
        return library.albums().stream().filter(test).findFirst();
    }

    private Optional<DemoArtist> artistWhere(String mbid) {
        return library.tracks().stream()
                .map(DemoTrack::artist)
                .filter(a -> a.mbid().toString().equals(mbid))
                .findFirst();
    }

    private List<DemoAlbum> albumsOf(DemoArtist artist) {
        List<DemoAlbum> albums = new ArrayList<>();
        for (DemoAlbum album : library.albums()) {
            if (album.artist().equals(artist)) {
                albums.add(album);
            }
        }
        return albums;
    }
}

package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.track.Track;

/**
 * Seeds from paths (spec/playlists-http-client.md 5.1 with DESIGN 9.4): each path is a file or a
 * folder; at most 100 paths are kept and at most 100 source tracks listed, each a uniform sample.
 */
public final class FromFilesGenerator implements PlaylistGenerator {

    /** Most paths, and most source tracks, one generator uses. */
    public static final int SOURCE_LIMIT = 100;

    private final List<String> paths;
    private final String username;
    private final SourceTracks sourceTracks;
    private final TrackPipeline pipeline;
    private final RandomGenerator random;

    /**
     * @param paths relative paths of files or folders; a trailing slash changes nothing
     * @param username whose listen counts weight the seeds; null for none
     */
    public FromFilesGenerator(
            List<String> paths,
            String username,
            SourceTracks sourceTracks,
            TrackPipeline pipeline,
            RandomGenerator random) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("At least one file must be provided.");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String path : paths) {
            distinct.add(withoutTrailingSlashes(path));
        }
        this.paths = RandomOrder.sample(new ArrayList<>(distinct), SOURCE_LIMIT, random);
        this.username = username;
        this.sourceTracks = sourceTracks;
        this.pipeline = pipeline;
        this.random = random;
    }

    /** The requested paths after de-duplication and sampling. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** The source tracks: files at or under the paths, at most 100 chosen uniformly, ordered by path. */
    public List<Track> sources() {
        List<Track> sources = new ArrayList<>(RandomOrder.sample(sourceTracks.atOrUnder(paths), SOURCE_LIMIT, random));
        sources.sort(Comparator.comparing(Track::filepath));
        return sources;
    }

    @Override
    public List<Track> tracks(TrackOptions options) throws NoFilesRequestedException {
        return pipeline.tracks(sources(), username, options);
    }

    private static String withoutTrailingSlashes(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}

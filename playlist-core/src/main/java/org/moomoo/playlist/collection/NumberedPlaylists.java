package org.moomoo.playlist.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.PlaylistGenerator;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.track.Playlist;
import org.moomoo.playlist.track.Reason;
import org.moomoo.playlist.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playlists of a collection made by the similarity generators, one per group of sources (an
 * artist, a cluster of tracks): titled "TITLE 1", "TITLE 2", ... in order, each showing one seed
 * first. A group whose sources have no files is logged and skipped, and takes no number.
 */
public final class NumberedPlaylists {

    /** Recently played tracks are pushed away this strongly, for variety from day to day. */
    static final double RECENCY_FACTOR = 0.5;

    private static final TrackOptions OPTIONS =
            TrackOptions.defaults().withSeedCount(1).withRecencyFactor(RECENCY_FACTOR);
    private static final Logger log = LoggerFactory.getLogger(NumberedPlaylists.class);

    private NumberedPlaylists() {}

    /**
     * @param generator the generator seeded from a group's sources
     * @param description the description of a group's playlist
     * @param name how the warning names a group without files
     * @param reason a track's reason from its group and the generator's reason for it
     */
    public static <G> List<Playlist> of(
            String title,
            List<G> groups,
            Function<G, PlaylistGenerator> generator,
            Function<G, String> description,
            Function<G, String> name,
            BiFunction<G, Reason, Reason> reason) {
        List<Playlist> playlists = new ArrayList<>();
        for (G group : groups) {
            List<Track> tracks;
            try {
                tracks = generator.apply(group).tracks(OPTIONS);
            } catch (NoFilesRequestedException e) {
                log.warn("No files found for {}: {}", name.apply(group), e.getMessage());
                continue;
            }
            List<Track> explained = tracks.stream()
                    .map(track -> track.withReason(reason.apply(group, track.reason())))
                    .toList();
            playlists.add(new Playlist(title + " " + (playlists.size() + 1), description.apply(group), explained));
        }
        return playlists;
    }
}

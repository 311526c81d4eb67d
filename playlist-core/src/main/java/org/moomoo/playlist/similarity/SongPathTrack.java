package org.moomoo.playlist.similarity;

import java.util.List;
import java.util.Locale;
import org.moomoo.playlist.track.Track;
import org.moomoo.playlist.track.TrackJson;

/**
 * One track of a song path with its step: the L2 distance of its vector to the previous track's,
 * null for the first track.
 */
public record SongPathTrack(Track track, Double step) {

    public SongPathTrack {
        if (track == null) {
            throw new IllegalArgumentException("a song path track needs a track");
        }
    }

    /** This track with its title, artist and album tags (each may be null). */
    public SongPathTrack withTags(String title, String artist, String album) {
        return new SongPathTrack(track.withTags(title, artist, album), step);
    }

    /**
     * The track's compact JSON ({@link TrackJson}) with {@code "step"} added last, left out for the
     * first track as every null field is.
     */
    public String json() {
        String compact = TrackJson.compact(track);
        if (step == null) {
            return compact;
        }
        // The compact form always ends with the object's closing brace: the step goes just before it.
        return compact.substring(0, compact.length() - 1) + ",\"step\":" + step + "}";
    }

    /** The tracks as a JSON array of {@link #json()} objects. */
    public static String json(List<SongPathTrack> tracks) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < tracks.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(tracks.get(i).json());
        }
        return json.append(']').toString();
    }

    /** The step as the text outputs show it: four decimals, or "start" for the first track. */
    public String stepText() {
        return step == null ? "start" : String.format(Locale.ROOT, "%.4f", step);
    }
}

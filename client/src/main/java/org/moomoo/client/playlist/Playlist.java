package org.moomoo.client.playlist;

import java.util.List;
import java.util.function.UnaryOperator;

/** An ordered list of tracks; title and description may be null. */
public record Playlist(String title, String description, List<Track> tracks) {

    public Playlist {
        tracks = List.copyOf(tracks);
    }

    /** The same playlist with each track's path replaced. */
    public Playlist mapPaths(UnaryOperator<String> mapping) {
        return new Playlist(
                title,
                description,
                tracks.stream()
                        .map(t -> t.withFilepath(mapping.apply(t.filepath())))
                        .toList());
    }

    /** What a person sees of it in a menu or a player: title and description, either alone, or "(untitled)". */
    public String label() {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasDescription = description != null && !description.isBlank();
        if (hasTitle && hasDescription) {
            return title + " - " + description;
        }
        if (hasTitle) {
            return title;
        }
        return hasDescription ? description : "(untitled)";
    }
}

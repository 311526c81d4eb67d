package org.moomoo.playlist.generator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds files by MusicBrainz id: the entity kind of each id, then the files mapped to ids of a kind. */
public interface MbidFiles {

    /** The kind of each known id; unknown ids are left out. */
    Map<UUID, MbidEntity> entities(List<UUID> mbids);

    /** The distinct paths mapped to any of {@code mbids} (all of kind {@code entity}), sorted; none for no ids. */
    List<String> files(MbidEntity entity, List<UUID> mbids);
}

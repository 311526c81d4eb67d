package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@link MbidFiles} over fixed maps that records every file lookup it is asked for. */
final class RecordingMbidFiles implements MbidFiles {

    record Lookup(MbidEntity entity, List<UUID> mbids) {}

    private final Map<UUID, MbidEntity> entities = new LinkedHashMap<>();
    private final Map<UUID, List<String>> files = new LinkedHashMap<>();
    final List<Lookup> lookups = new ArrayList<>();

    RecordingMbidFiles entity(UUID mbid, MbidEntity entity, List<String> paths) {
        entities.put(mbid, entity);
        files.put(mbid, paths);
        return this;
    }

    @Override
    public Map<UUID, MbidEntity> entities(List<UUID> mbids) {
        Map<UUID, MbidEntity> known = new LinkedHashMap<>();
        mbids.stream().filter(entities::containsKey).forEach(mbid -> known.put(mbid, entities.get(mbid)));
        return known;
    }

    @Override
    public List<String> files(MbidEntity entity, List<UUID> mbids) {
        lookups.add(new Lookup(entity, List.copyOf(mbids)));
        return mbids.stream()
                .flatMap(mbid -> files.get(mbid).stream())
                .distinct()
                .sorted()
                .toList();
    }
}

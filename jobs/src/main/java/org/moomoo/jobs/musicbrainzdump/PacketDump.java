package org.moomoo.jobs.musicbrainzdump;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one hourly MetaBrainz JSON dump says changed for one entity.
 *
 * @param packet    the replication packet number
 * @param entity    the entity kind
 * @param timestamp the dump's {@code TIMESTAMP}
 * @param changed   each changed MBID (once; the last record of an MBID wins, DESIGN 9.7) and its parents
 */
public record PacketDump(int packet, String entity, Instant timestamp, Map<UUID, List<Container>> changed) {

    public PacketDump {
        Objects.requireNonNull(entity);
        Objects.requireNonNull(timestamp);
        changed = Map.copyOf(changed);
    }

    /** {@code <packet>-<entity>}, e.g. {@code 182019-release}. */
    public String slug() {
        return packet + "-" + entity;
    }
}

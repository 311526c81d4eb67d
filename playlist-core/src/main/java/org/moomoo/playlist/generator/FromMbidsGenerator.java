package org.moomoo.playlist.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.track.Track;

/**
 * Seeds from MusicBrainz ids (spec/playlists-http-client.md 5.2): each id's kind is looked up in
 * {@code mbids}, its files in the matching {@code map__file_*} model; at most 100 files, a uniform
 * sample, become the source tracks.
 */
public final class FromMbidsGenerator implements PlaylistGenerator {

    private final List<UUID> mbids;
    private final String username;
    private final MbidFiles mbidFiles;
    private final SourceTracks sourceTracks;
    private final TrackPipeline pipeline;
    private final RandomGenerator random;

    public FromMbidsGenerator(
            List<UUID> mbids,
            String username,
            MbidFiles mbidFiles,
            SourceTracks sourceTracks,
            TrackPipeline pipeline,
            RandomGenerator random) {
        if (mbids.isEmpty()) {
            throw new IllegalArgumentException("At least one MBID must be provided.");
        }
        this.mbids = List.copyOf(new LinkedHashSet<>(mbids));
        this.username = username;
        this.mbidFiles = mbidFiles;
        this.sourceTracks = sourceTracks;
        this.pipeline = pipeline;
        this.random = random;
    }

    /** The distinct paths mapped to the ids, at most 100 chosen uniformly. */
    public List<String> sourcePaths() {
        Map<UUID, MbidEntity> entities = mbidFiles.entities(mbids);
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<MbidEntity, List<UUID>> byEntity = new EnumMap<>(MbidEntity.class);
        for (MbidEntity entity : MbidEntity.values()) {
            byEntity.put(entity, new ArrayList<>());
        }
        entities.forEach((mbid, entity) -> byEntity.get(entity).add(mbid));
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        byEntity.forEach((entity, ids) -> paths.addAll(mbidFiles.files(entity, ids)));
        return RandomOrder.sample(new ArrayList<>(paths), FromFilesGenerator.SOURCE_LIMIT, random);
    }

    /** The source tracks: the files of {@link #sourcePaths()} that are in {@code local_files}, ordered by path. */
    public List<Track> sources() {
        return sourceTracks.at(sourcePaths());
    }

    @Override
    public List<Track> tracks(TrackOptions options) throws NoFilesRequestedException {
        return pipeline.tracks(sources(), username, options);
    }
}

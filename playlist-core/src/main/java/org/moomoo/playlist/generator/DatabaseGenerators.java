package org.moomoo.playlist.generator;

import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** {@link Generators} over the analytic tables and a similarity stream. */
public final class DatabaseGenerators implements Generators {

    private final SourceTracks sourceTracks;
    private final MbidFiles mbidFiles;
    private final TrackPipeline pipeline;
    private final RandomGenerator random;

    public DatabaseGenerators(SourceTracks sourceTracks, MbidFiles mbidFiles, TrackPipeline pipeline,
            RandomGenerator random) {
        this.sourceTracks = sourceTracks;
        this.mbidFiles = mbidFiles;
        this.pipeline = pipeline;
        this.random = random;
    }

    @Override
    public FromFilesGenerator fromFiles(List<String> paths, String username) {
        return new FromFilesGenerator(paths, username, sourceTracks, pipeline, random);
    }

    @Override
    public FromMbidsGenerator fromMbids(List<UUID> mbids, String username) {
        return new FromMbidsGenerator(mbids, username, mbidFiles, sourceTracks, pipeline, random);
    }
}

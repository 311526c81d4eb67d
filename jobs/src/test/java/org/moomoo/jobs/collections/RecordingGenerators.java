package org.moomoo.jobs.collections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.PlaylistGenerator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's generators (the real similarity engine), watched: records which seeds each
 * generator was made from, and fails chosen ones on cue, as a lost connection or a library without
 * the sources would. Unscripted generators, and the rest once the script is used up, are the real ones.
 */
final class RecordingGenerators implements Generators {

    /** Puts one in the test's application context, in front of the real generators. */
    @TestConfiguration(proxyBeanMethods = false)
    static class InFront {
        @Bean
        @Primary
        RecordingGenerators recordingGenerators(@Qualifier("generators") Generators engine) {
            return new RecordingGenerators(engine);
        }
    }

    private final Generators engine;
    private final Deque<Step> script;
    private final List<List<String>> seeds;

    RecordingGenerators(Generators engine) {
        this.engine = engine;
        this.script = new ArrayDeque<>();
        this.seeds = new ArrayList<>();
    }

    // A view drawing from another generator, sharing the script and the seeds recorded.
    private RecordingGenerators(Generators engine, RecordingGenerators shared) {
        this.engine = engine;
        this.script = shared.script;
        this.seeds = shared.seeds;
    }

    /** Forgets the script and the seeds. */
    void reset() {
        script.clear();
        seeds.clear();
    }

    /** The next generator made is the real one. */
    RecordingGenerators thenEngine() {
        script.add(real -> real);
        return this;
    }

    /** The next generator made finds no source file. */
    RecordingGenerators thenNoFiles() {
        script.add(real -> options -> {
            throw new NoFilesRequestedException();
        });
        return this;
    }

    /** The next generator made fails as a lost database connection would. */
    RecordingGenerators thenFailure(String message) {
        script.add(real -> options -> {
            throw new IllegalStateException(message);
        });
        return this;
    }

    /** The seeds (paths or MBIDs as text) of every generator made, in order. */
    List<List<String>> seeds() {
        return List.copyOf(seeds);
    }

    @Override
    public PlaylistGenerator fromFiles(List<String> paths, String username) {
        seeds.add(List.copyOf(paths));
        return next(engine.fromFiles(paths, username));
    }

    @Override
    public PlaylistGenerator fromMbids(List<UUID> mbids, String username) {
        seeds.add(mbids.stream().map(UUID::toString).toList());
        return next(engine.fromMbids(mbids, username));
    }

    @Override
    public Generators drawingFrom(RandomGenerator random) {
        return new RecordingGenerators(engine.drawingFrom(random), this);
    }

    private PlaylistGenerator next(PlaylistGenerator real) {
        return script.isEmpty() ? real : script.poll().generator(real);
    }

    /** One scripted generator, made in place of the real one. */
    private interface Step {
        PlaylistGenerator generator(PlaylistGenerator real);
    }
}

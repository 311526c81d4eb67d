package org.moomoo.jobs.collections;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.moomoo.playlist.generator.Generators;
import org.moomoo.playlist.generator.NoFilesRequestedException;
import org.moomoo.playlist.generator.PlaylistGenerator;
import org.moomoo.playlist.generator.TrackOptions;
import org.moomoo.playlist.track.Track;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the similarity engine: records which seeds each generator was made from and plays
 * back scripted results, one per generator made; once the script is used up, a playlist of the
 * first seed alone.
 */
final class ScriptedGenerators implements Generators {

    /** Puts one in the test's application context, in place of the real generators. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Replacement {
        @Bean
        @Primary
        ScriptedGenerators scriptedGenerators() {
            return new ScriptedGenerators();
        }
    }

    private final Deque<Step> script = new ArrayDeque<>();
    private final List<List<String>> seeds = new ArrayList<>();

    /** Forgets the script and the seeds. */
    void reset() {
        script.clear();
        seeds.clear();
    }

    /** The next generator made returns these tracks. */
    ScriptedGenerators thenTracks(List<Track> tracks) {
        script.add(options -> tracks);
        return this;
    }

    /** The next generator made finds no source file. */
    ScriptedGenerators thenNoFiles() {
        script.add(options -> {
            throw new NoFilesRequestedException();
        });
        return this;
    }

    /** The next generator made fails as a lost database connection would. */
    ScriptedGenerators thenFailure(String message) {
        script.add(options -> {
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
        return generator(paths);
    }

    @Override
    public PlaylistGenerator fromMbids(List<UUID> mbids, String username) {
        return generator(mbids.stream().map(UUID::toString).toList());
    }

    private PlaylistGenerator generator(List<String> seedList) {
        seeds.add(List.copyOf(seedList));
        Step step = script.isEmpty() ? options -> List.of(Track.ofPath(seedList.get(0))) : script.poll();
        return step::tracks;
    }

    /** One scripted result. */
    private interface Step {
        List<Track> tracks(TrackOptions options) throws NoFilesRequestedException;
    }
}

package org.moomoo.playlist.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** When the served snapshot is checked and replaced, and that readers never wait for it. */
class CurrentSnapshotTest {

    /** Builds published by the "model runner"; counts the checks. */
    private static final class Builds implements SnapshotSource {
        long build = 1;
        int checks;
        boolean failing;

        @Override
        public long publishedBuild() {
            checks++;
            return build;
        }

        @Override
        public LibrarySnapshot load() {
            if (failing) {
                throw new IllegalStateException("the database went away");
            }
            return new LibrarySnapshot(List.of(), Map.of(), 0.5, build);
        }
    }

    /** Holds submitted refreshes until the test runs them. */
    private static final class HeldTasks implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Builds builds = new Builds();
    private final HeldTasks background = new HeldTasks();
    private final MovableClock clock = new MovableClock();
    private final CurrentSnapshot current = new CurrentSnapshot(builds, clock, Duration.ofSeconds(5), background);

    @Test
    void theFirstReadLoadsTheSnapshot() {
        assertThat(current.get().buildId()).isEqualTo(1);
    }

    @Test
    void aReaderDoesNotWaitForARefresh() {
        LibrarySnapshot first = current.get();
        builds.build = 2;
        clock.now = clock.now.plusSeconds(5);

        // The refresh is handed to the background and has not run: the reader gets the old snapshot.
        assertThat(current.get()).isSameAs(first);
        assertThat(background.tasks).hasSize(1);

        background.runAll();
        assertThat(current.get().buildId()).isEqualTo(2);
    }

    @Test
    void checksAtMostOncePerInterval() {
        current.get();
        int checksAfterLoad = builds.checks;
        clock.now = clock.now.plusSeconds(5);

        current.get();
        current.get();
        background.runAll();
        current.get();

        assertThat(builds.checks - checksAfterLoad).isEqualTo(1);
    }

    @Test
    void onlyOneRefreshIsPendingAtATime() {
        current.get();
        clock.now = clock.now.plusSeconds(5);
        current.get();
        clock.now = clock.now.plusSeconds(5);

        current.get();

        assertThat(background.tasks).hasSize(1);
    }

    @Test
    void aFailedRefreshKeepsServingTheOldSnapshot() {
        LibrarySnapshot first = current.get();
        builds.build = 2;
        builds.failing = true;
        clock.now = clock.now.plusSeconds(5);
        current.get();

        background.runAll();

        assertThat(current.get()).isSameAs(first);
    }

    @Test
    void aFailedRefreshIsTriedAgainAtTheNextCheck() {
        current.get();
        builds.build = 2;
        builds.failing = true;
        clock.now = clock.now.plusSeconds(5);
        current.get();
        background.runAll();
        builds.failing = false;
        clock.now = clock.now.plusSeconds(5);

        current.get();
        background.runAll();

        assertThat(current.get().buildId()).isEqualTo(2);
    }
}

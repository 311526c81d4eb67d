package org.moomoo.api.playlist;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The engine's part of {@code /actuator/health}: the files of the library snapshot in memory, the
 * model build it came from and its age. Reading it never loads the library.
 */
@Component
class EngineHealthIndicator implements HealthIndicator {

    private final LoadedSnapshots snapshots;
    private final Clock clock;

    EngineHealthIndicator(LoadedSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public Health health() {
        LoadedSnapshots.Loaded last = snapshots.last();
        if (last == null) {
            return Health.unknown().withDetail("library", "not loaded yet").build();
        }
        return Health.up()
                .withDetail("files", last.snapshot().files().size())
                .withDetail("embeddedFiles", last.snapshot().size())
                .withDetail("build", last.snapshot().buildId())
                .withDetail("loadedAt", last.at().toString())
                .withDetail(
                        "ageSeconds",
                        Duration.between(last.at(), clock.instant()).toSeconds())
                .build();
    }
}

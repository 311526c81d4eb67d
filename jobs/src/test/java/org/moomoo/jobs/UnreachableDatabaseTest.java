package org.moomoo.jobs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.moomoo.database.DatabaseUri;
import org.moomoo.jobs.JobsContext.Verbosity;

/**
 * A database that cannot be reached is reported while the application starts, lazy beans or not
 * (the wording, which depends on whether the private cluster is in use, is JobsContextTest's).
 */
class UnreachableDatabaseTest {

    @Test
    void startingOnAClosedPortFailsAsDatabaseUnavailable() {
        // Port 1 on the loopback: nothing listens there, the connection is refused at once.
        DatabaseUri closed = new DatabaseUri("jdbc:postgresql://127.0.0.1:1/moomoo", "postgres", null);

        assertThatThrownBy(() -> JobsContext.start(closed, Verbosity.QUIET).close())
                .isInstanceOf(JobsContext.DatabaseUnavailable.class)
                .hasMessageContaining("jdbc:postgresql://postgres@127.0.0.1:1/moomoo");
    }
}

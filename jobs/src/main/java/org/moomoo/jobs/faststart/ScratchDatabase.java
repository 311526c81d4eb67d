package org.moomoo.jobs.faststart;

import java.sql.SQLException;
import org.moomoo.database.DatabaseAdmin;
import org.moomoo.database.DatabaseUri;
import org.moomoo.jobs.JobsContext;
import org.moomoo.jobs.JobsContext.Verbosity;
import org.moomoo.jobs.launcher.JobControl;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh database ({@code moomoo_bench_<pid>}) on the configured server with the jobs application
 * started on it, so that the CDS training run and the benchmarks never touch the user's own tables.
 * Closing it drops it.
 */
public final class ScratchDatabase implements AutoCloseable {

    // One per process, so that two benchmarks on one server never drop each other's data.
    private static final String NAME = "moomoo_bench_" + ProcessHandle.current().pid();

    private final DatabaseAdmin admin;
    private final DatabaseUri uri;
    private final ConfigurableApplicationContext context;

    /** Creates the database (dropping a leftover of this pid) and starts the application on it. */
    public ScratchDatabase() throws SQLException {
        DatabaseUri server = DatabaseUri.fromEnvironment();
        admin = new DatabaseAdmin(server);
        try {
            admin.drop(NAME);
            admin.create(NAME, null);
        } catch (SQLException e) {
            throw JobsContext.unavailable(server, e);
        }
        uri = server.withDatabase(NAME);
        context = JobsContext.start(uri, Verbosity.QUIET);
    }

    /** Where the scratch database is, for commands run in other processes. */
    public DatabaseUri uri() {
        return uri;
    }

    public JobControl jobs() {
        return context.getBean(JobControl.class);
    }

    /** A bean of the application running on the scratch database. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws SQLException {
        context.close();
        admin.drop(NAME);
    }
}

package org.moomoo.jobs.faststart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moomoo.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway is skipped on a current schema only: whatever else the history or the packaged migrations
 * say still reaches Flyway, which migrates or refuses as before. Each test has a migrated database
 * of its own, since most of them alter its history.
 */
class MigrateWhenChangedTest {

    private String name;
    private DataSource dataSource;
    private JdbcClient jdbc;
    private final List<Event> flywayEvents = new ArrayList<>();

    @BeforeEach
    void freshDatabase() {
        name = TestDatabases.createFresh();
        dataSource = TestDatabases.dataSource(TestDatabases.server().withDatabase(name));
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void dropDatabase() {
        TestDatabases.drop(name);
    }

    @Test
    void aCurrentSchemaIsNotMigratedAgain() {
        // when
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration"));

        // then: Flyway's migrate never started
        assertThat(flywayEvents).doesNotContain(Event.BEFORE_MIGRATE);
    }

    @Test
    void anEmptyDatabaseIsMigratedAndThenCurrent() {
        // given: no schemas, no history
        jdbc.sql("DROP SCHEMA raw CASCADE").update();
        jdbc.sql("DROP SCHEMA batch CASCADE").update();

        // when
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration"));

        // then
        assertThat(flywayEvents).contains(Event.AFTER_MIGRATE);
        assertThat(tableExists("batch.batch_job_execution")).isTrue();
        flywayEvents.clear();
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration"));
        assertThat(flywayEvents).doesNotContain(Event.BEFORE_MIGRATE);
    }

    @Test
    void aPackagedMigrationThatWasNotAppliedRuns() {
        // when: the application ships one migration more than the database has
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration", "classpath:faststart/pending-migration"));

        // then
        assertThat(tableExists("raw.startup_probe")).isTrue();
    }

    @Test
    void aChangedMigrationStillFailsFlywaysValidation() {
        // given: the history recorded another checksum for V1 than the packaged file has
        jdbc.sql("UPDATE raw.flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'")
                .update();

        // when / then
        assertThatThrownBy(() -> new MigrateWhenChanged().migrate(flyway("classpath:db/migration")))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() {
        // given
        jdbc.sql("UPDATE raw.flyway_schema_history SET success = false WHERE installed_rank = "
                        + "(SELECT max(installed_rank) FROM raw.flyway_schema_history)")
                .update();

        // when / then
        assertThatThrownBy(() -> new MigrateWhenChanged().migrate(flyway("classpath:db/migration")))
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("failed");
    }

    @Test
    void anAppliedMigrationThatIsNoLongerPackagedIsLeftToFlyway() {
        // given: the database is newer than the application (a later version applied V9000)
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration", "classpath:faststart/pending-migration"));
        flywayEvents.clear();

        // when
        new MigrateWhenChanged().migrate(flyway("classpath:db/migration"));

        // then: Flyway ran, and accepted the future migration as it always did
        assertThat(flywayEvents).contains(Event.BEFORE_MIGRATE);
    }

    @Test
    void theChecksumsAreFlywaysOwn() {
        // given
        Flyway flyway = flyway("classpath:db/migration");

        // when
        var packaged = MigrateWhenChanged.packaged(flyway.getConfiguration());

        // then
        List<MigrateWhenChanged.Applied> recorded = jdbc.sql(
                        "SELECT script, checksum FROM raw.flyway_schema_history WHERE type = 'SQL'")
                .query((rs, row) -> new MigrateWhenChanged.Applied(rs.getString("script"), rs.getInt("checksum")))
                .list();
        assertThat(packaged).isNotEmpty().containsExactlyInAnyOrderElementsOf(recorded);
    }

    // The application's Flyway settings (application.properties), with a callback that records what Flyway did.
    private Flyway flyway(String... locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("raw", "batch")
                .createSchemas(true)
                .locations(locations)
                .callbacks(new Recording())
                .load();
    }

    private boolean tableExists(String table) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                .param(table)
                .query(Boolean.class)
                .single();
    }

    private final class Recording implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            flywayEvents.add(event);
        }

        @Override
        public String getCallbackName() {
            return "recording";
        }
    }
}

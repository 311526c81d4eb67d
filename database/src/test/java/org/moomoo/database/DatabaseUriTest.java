package org.moomoo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUriTest {

    @Test
    void privateClusterTakesItsPortAndThePasswordFileOfTheStateDirectory(@TempDir Path state) throws Exception {
        Files.writeString(state.resolve("pgpassword"), "0a1b2c\n");

        DatabaseUri uri =
                DatabaseUri.privateCluster(Map.of("MOOMOO_STATE_DIR", state.toString(), "MOOMOO_PG_PORT", "55999"));

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:55999/moomoo");
        assertThat(uri.user()).isEqualTo("postgres");
        assertThat(uri.password()).isEqualTo("0a1b2c");
        assertThat(uri.masked()).doesNotContain("0a1b2c");
    }

    @Test
    void privateClusterWithoutAPasswordFileHasNoPassword(@TempDir Path state) {
        DatabaseUri uri = DatabaseUri.privateCluster(Map.of("MOOMOO_STATE_DIR", state.toString()));

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:55433/moomoo");
        assertThat(uri.password()).isNull();
    }

    @Test
    void postgresqlUriBecomesJdbcWithSeparateCredentials() {
        DatabaseUri uri = DatabaseUri.parse("postgresql://alice:s3cr%40t@db.example:6543/music");

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/music");
        assertThat(uri.user()).isEqualTo("alice");
        assertThat(uri.password()).isEqualTo("s3cr@t");
    }

    @Test
    void sqlalchemyPsycopgUriOfTheOriginalIsAccepted() {
        DatabaseUri uri = DatabaseUri.parse("postgresql+psycopg://bob@localhost:5432/moomoo");

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/moomoo");
        assertThat(uri.user()).isEqualTo("bob");
        assertThat(uri.password()).isNull();
    }

    @Test
    void jdbcUrlIsKeptAsItIs() {
        DatabaseUri uri = DatabaseUri.parse("jdbc:postgresql://127.0.0.1:5433/moomoo?user=postgres");

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/moomoo?user=postgres");
        assertThat(uri.user()).isNull();
    }

    @Test
    void queryParametersSurvive() {
        DatabaseUri uri = DatabaseUri.parse("postgresql://u:p@h/db?sslmode=require");

        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
    }

    @Test
    void otherSchemesAreRefusedWithTheAcceptedShapeAndNoPassword() {
        assertThatThrownBy(() -> DatabaseUri.parse("mysql://root:hunter2@localhost/music"))
                .hasMessage("MOOMOO_POSTGRES_URI 'mysql://root:***@localhost/music' is not a PostgreSQL URI; "
                        + "use postgresql://user:pass@host:port/db");
    }

    @Test
    void maskedFormHidesThePassword() {
        DatabaseUri uri = DatabaseUri.parse("postgresql://alice:secret@h:1/db");

        assertThat(uri.masked()).isEqualTo("jdbc:postgresql://alice:***@h:1/db").doesNotContain("secret");
    }

    @Test
    void withDatabaseKeepsServerCredentialsAndQuery() {
        DatabaseUri uri = DatabaseUri.parse("postgresql://alice:pw@h:1/db?sslmode=require")
                .withDatabase("other");

        assertThat(uri).isEqualTo(new DatabaseUri("jdbc:postgresql://h:1/other?sslmode=require", "alice", "pw"));
    }

    @Test
    void credentialsGoIntoTheJdbcUrlEncoded() {
        DatabaseUri uri = new DatabaseUri("jdbc:postgresql://h:1/db?sslmode=require", "alice", "p&w=1");

        assertThat(uri.jdbcUrlWithCredentials())
                .isEqualTo("jdbc:postgresql://h:1/db?sslmode=require&user=alice&password=p%26w%3D1");
    }
}

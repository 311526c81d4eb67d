package org.moomoo.api.playlist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether moomoo knows a listener: some of their listens or collections are stored. */
@Component
class KnownUsers {

    private final JdbcClient jdbc;

    KnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String username) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM raw.listenbrainz_listens WHERE username = :username)
                    OR EXISTS (SELECT 1 FROM raw.moomoo_playlist_collections WHERE username = :username)
                """).param("username", username).query(Boolean.class).single();
    }
}

package org.moomoo.api;

import java.net.URI;
import org.moomoo.database.DatabaseUri;
import org.moomoo.models.testing.AnalyticSchema;
import org.moomoo.testsupport.TemplateDatabaseInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The test database reached through a {@link TcpProxy} (a bean of the context), so that a test can cut it. */
public final class ProxiedDatabaseInitializer extends TemplateDatabaseInitializer {

    public ProxiedDatabaseInitializer() {
        super(AnalyticSchema.RECIPE);
    }

    @Override
    protected DatabaseUri served(DatabaseUri database, ConfigurableApplicationContext context) {
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort());
        context.getBeanFactory().registerSingleton("databaseProxy", proxy);
        String proxied =
                database.jdbcUrl().replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
        return new DatabaseUri(proxied, database.user(), database.password());
    }
}

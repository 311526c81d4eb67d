package org.moomoo.api.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The start-up line: where the server listens and whether it wants a token. */
@Component
class StartupLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    private final String address;
    private final boolean tokenRequired;

    StartupLog(@Value("${server.address:127.0.0.1}") String address, @Value("${moomoo.api.token:}") String token) {
        this.address = address;
        this.tokenRequired = !token.isEmpty();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String host = address.contains(":") ? "[" + address + "]" : address;
        log.info(
                "moomoo playlist API serving on http://{}:{}/ ({})",
                host,
                event.getWebServer().getPort(),
                tokenRequired ? "every route but /ping needs Authorization: Bearer <MOOMOO_API_TOKEN>" : "no token");
    }
}

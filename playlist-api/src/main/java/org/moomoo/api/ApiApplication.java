package org.moomoo.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moomoo.database.DatabaseUri;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The playlist API server: {@code ./moomoo serve}, or {@code java -jar moomoo-playlist-api.jar}. */
@SpringBootApplication
public class ApiApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ApiApplication.class);
        // Defaults only: spring.datasource.* given any other way (arguments, environment) wins.
        Map<String, Object> database = new LinkedHashMap<>();
        for (String property : DatabaseUri.fromEnvironment().springProperties()) {
            int equals = property.indexOf('=');
            database.put(property.substring(0, equals), property.substring(equals + 1));
        }
        application.setDefaultProperties(database);
        application.run(args);
    }
}

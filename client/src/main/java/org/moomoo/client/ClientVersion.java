package org.moomoo.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The client's version, written into the jar by the build (client-version.properties). */
public final class ClientVersion {

    private ClientVersion() {}

    public static String current() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("client-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

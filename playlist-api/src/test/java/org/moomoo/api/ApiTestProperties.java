package org.moomoo.api;

/** Settings the API tests start the server with. */
public final class ApiTestProperties {

    /** The library loads when a test has written its fixture (it calls refresh), not at start. */
    public static final String PLAIN = "moomoo.playlist.load-at-start=false";

    private ApiTestProperties() {}
}

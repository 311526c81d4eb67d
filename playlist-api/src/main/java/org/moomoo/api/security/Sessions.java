package org.moomoo.api.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The web page's sessions: a random id handed out as a cookie once the page has shown the token,
 * so that the page (and its audio element, which cannot send headers) keeps working without the
 * token in a URL or in the page's script. Held in memory: a restart asks for the token again. The
 * oldest sessions are forgotten beyond {@link #MAX_SESSIONS}.
 */
@Component
class Sessions {

    static final String COOKIE = "moomoo_session";
    static final int MAX_SESSIONS = 1000;

    private final SecureRandom random = new SecureRandom();
    private final Set<String> ids = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_SESSIONS;
        }
    });

    /** A new session's id: 32 random bytes, URL-safe base64. */
    synchronized String open() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ids.add(id);
        return id;
    }

    synchronized boolean isOpen(String id) {
        return id != null && ids.contains(id);
    }

    synchronized void close(String id) {
        ids.remove(id);
    }
}

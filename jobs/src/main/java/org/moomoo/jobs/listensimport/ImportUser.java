package org.moomoo.jobs.listensimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whose listens an import stores: {@code username=} when given, else the user a ListenBrainz export
 * names (its {@code user.json}, or the {@code user_name} of its first listen), else
 * {@value #VARIABLE}.
 */
final class ImportUser {

    /** The environment variable that names the user when nothing else does. */
    static final String VARIABLE = "LISTENBRAINZ_USERNAME";

    private static final Pattern USER_NAME = Pattern.compile("\"user_name\"\\s*:\\s*\"([^\"\\\\]+)\"");

    private ImportUser() {}

    /** The username, or empty when neither the parameter, the export nor the environment gives one. */
    static Optional<String> resolve(
            Optional<String> given, ExportFile export, ExportPlan plan, Map<String, String> environment) {
        if (given.isPresent()) {
            return given;
        }
        if (plan.format() == ImportFormat.LISTENBRAINZ) {
            Optional<String> named = exportUser(export, plan);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.ofNullable(environment.get(VARIABLE)).filter(s -> !s.isBlank());
    }

    /** What a run without a username is told. */
    static String missing() {
        return "listens-import needs to know whose listens these are: give username=NAME or set " + VARIABLE;
    }

    private static Optional<String> exportUser(ExportFile export, ExportPlan plan) {
        Optional<String> userJson = export.isZip() ? export.find("user.json") : Optional.empty();
        if (userJson.isPresent()) {
            try (InputStream in = export.open(userJson.get())) {
                JsonNode user = JsonMapper.builder().build().readTree(in);
                return Optional.ofNullable(user.path("username").asString(null)).filter(s -> !s.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // An unreadable user.json leaves the other ways of naming the user.
                return Optional.empty();
            }
        }
        Matcher m = USER_NAME.matcher(export.peek(plan.parts().get(0)));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

package org.moomoo.jobs.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the {@code --json} documents. */
final class JsonOutput {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {}

    static void print(PrintWriter out, Object document) {
        out.println(MAPPER.writeValueAsString(document));
        out.flush();
    }
}

package org.moomoo.api.system;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /ping} and {@code /version}, in the framework's compact JSON as the original. */
@RestController
class SystemController {

    private final String version;

    SystemController(@Value("${moomoo.api.version}") String version) {
        // Three numeric parts, as clients expect: 0.1.0-SNAPSHOT is served as 0.1.0.
        this.version = version.replaceFirst("-.*$", "");
    }

    @GetMapping("/ping")
    Map<String, Boolean> ping() {
        return Map.of("success", true);
    }

    @GetMapping("/version")
    Map<String, String> version() {
        return Map.of("version", version);
    }
}

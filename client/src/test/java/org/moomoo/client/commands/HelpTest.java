package org.moomoo.client.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moomoo.client.ClientRun;
import org.moomoo.client.ClientRun.Result;

class HelpTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from-path",
                "from-mbids",
                "path",
                "loved",
                "revisit-tracks",
                "revisit-releases",
                "suggest-artists",
                "smart-mix",
                "version"
            })
    void everyCommandExplainsItselfWithTheEnvironmentAndExitCodes(String command) {
        Result result = ClientRun.bare().run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Usage: moomoo-client " + command)
                .contains("MOOMOO_HOST", "MOOMOO_API_TOKEN", "Exit codes:", "5   the server refused the API token");
    }
}

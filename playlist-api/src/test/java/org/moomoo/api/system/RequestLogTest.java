package org.moomoo.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void aTokenInTheQueryIsHiddenAndTheRestShown() {
        assertThat(RequestLog.shownQuery("token=s3cret")).isEqualTo("token=[hidden]");
        assertThat(RequestLog.shownQuery("path=a%2Fb&api_token=s3cret&n=5"))
                .isEqualTo("path=a%2Fb&api_token=[hidden]&n=5");
        assertThat(RequestLog.shownQuery("Token=s3cret")).isEqualTo("Token=[hidden]");
    }

    @Test
    void aQueryWithoutATokenIsShownAsItIs() {
        assertThat(RequestLog.shownQuery("path=tokens%2Fa.mp3&n=20")).isEqualTo("path=tokens%2Fa.mp3&n=20");
    }
}

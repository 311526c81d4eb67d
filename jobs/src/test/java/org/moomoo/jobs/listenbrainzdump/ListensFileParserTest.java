package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The line parser of dump listens files (spec/ingest.md 5.10, "Line parsing"). */
class ListensFileParserTest {

    private static final UUID ZERO = UUID.fromString("00000000-0000-0000-0000-000000000000");
    private static final UUID ONE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static ListenCounts parse(String lines) {
        ListenCounts counts = new ListenCounts();
        new ListensFileParser()
                .parse(
                        "listens/2025/2.listens",
                        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                        counts);
        return counts;
    }

    private static List<String> pairs(ListenCounts counts) {
        List<String> pairs = new ArrayList<>();
        counts.forEach((user, artist, count) -> pairs.add(user + " " + artist + " " + count));
        return pairs;
    }

    @Test
    void theSampleGivesFourPairs() {
        ListenCounts counts = parse(DumpArchives.SAMPLE_LISTENS);

        assertThat(pairs(counts))
                .containsExactlyInAnyOrder(
                        "1 " + ZERO + " 1", "1 " + ONE + " 1", "2 " + ZERO + " 1", "3 " + ZERO + " 1");
        assertThat(counts.listens()).isEqualTo(4);
    }

    @Test
    void anArtistMbidOf32HexDigitsIsOnePair() {
        ListenCounts counts = parse(
                "{\"user_id\": 7, \"track_metadata\": {\"additional_info\": {\"artist_mbid\": \"0000000000000000000000000000000A\"}}}");

        assertThat(pairs(counts)).containsExactly("7 00000000-0000-0000-0000-00000000000a 1");
    }

    @Test
    void aListOfOneArtistIsOnePairAndRepeatsAreCounted() {
        String line = "{\"user_id\": 7, \"track_metadata\": {\"additional_info\": {\"artist_mbids\": [\"" + ONE
                + "\"], \"artist_mbid\": \"" + ZERO + "\"}}}\n";

        assertThat(pairs(parse(line + line + line))).containsExactly("7 " + ONE + " 3");
    }

    @Test
    void emptyAdditionalInfoGivesNoPair() {
        ListenCounts counts = parse("{\"user_id\": 7, \"track_metadata\": {\"additional_info\": {}}}");

        assertThat(counts.pairs()).isZero();
    }

    @Test
    void anEmptyListFallsBackToTheSingleArtist() {
        ListenCounts counts = parse("{\"user_id\": 7, \"track_metadata\": {\"additional_info\": {\"artist_mbids\": [],"
                + " \"artist_mbid\": \"{urn:uuid:" + ONE + "}\"}}}");

        assertThat(pairs(counts)).containsExactly("7 " + ONE + " 1");
    }

    @Test
    void invalidMbidsAreDroppedAndADuplicateInOneLineCountsTwice() {
        ListenCounts counts =
                parse("{\"user_id\": 7, \"track_metadata\": {\"additional_info\": {\"artist_mbids\": [\"nope\", \""
                        + ONE + "\", \"" + ONE.toString().toUpperCase() + "\", 12]}}}");

        assertThat(pairs(counts)).containsExactly("7 " + ONE + " 2");
    }

    @Test
    void onlyAdditionalInfoCountsNotTheMbidMapping() {
        ListenCounts counts = parse(DumpArchives.listen(9, ZERO.toString()));

        assertThat(pairs(counts)).containsExactly("9 " + ZERO + " 1");
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        String lines = DumpArchives.listen(1, ZERO.toString()) + "{\"user_id\": 2, \"track_metadata\": {\n";

        assertThatThrownBy(() -> parse(lines))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("listens/2025/2.listens line 2")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void aListenWithoutUserOrAdditionalInfoIsMalformed() {
        assertThatThrownBy(() -> parse("{\"track_metadata\": {\"additional_info\": {}}}"))
                .hasMessageContaining("no user_id");
        assertThatThrownBy(() -> parse("{\"user_id\": 1, \"track_metadata\": {}}"))
                .hasMessageContaining("no track_metadata.additional_info");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessageContaining("not a JSON object");
    }

    @Test
    void lenientUuidsAcceptWhatPythonAccepts() {
        String canonical = ONE.toString();
        assertThat(LenientUuid.parse(canonical)).isEqualTo(ONE);
        assertThat(LenientUuid.parse(canonical.replace("-", ""))).isEqualTo(ONE);
        assertThat(LenientUuid.parse("{" + canonical.toUpperCase() + "}")).isEqualTo(ONE);
        assertThat(LenientUuid.parse("urn:uuid:" + canonical)).isEqualTo(ONE);
        assertThat(LenientUuid.parse("0000-0000-0000-0000-0000-0000-0000-0001")).isEqualTo(ONE);
        assertThat(LenientUuid.parse("")).isNull();
        assertThat(LenientUuid.parse(canonical + "0")).isNull();
        assertThat(LenientUuid.parse(canonical.replace('0', 'g'))).isNull();
    }
}

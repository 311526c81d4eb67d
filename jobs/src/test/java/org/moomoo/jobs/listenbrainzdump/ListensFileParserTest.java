package org.moomoo.jobs.listenbrainzdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    @Test
    void aNegativeUserIdOrTwoListensOnOneLineAreMalformed() {
        assertThatThrownBy(() -> parse("{\"user_id\": -3, \"track_metadata\": {\"additional_info\": {}}}"))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("line 1: user_id -3 is negative");
        String listen = DumpArchives.listen(1, ZERO.toString()).strip();
        assertThatThrownBy(() -> parse(listen + " " + listen))
                .isInstanceOf(MalformedDumpException.class)
                .hasMessageContaining("line 1: more than one JSON value on the line");
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        String lines = "\n  \n" + DumpArchives.listen(1, ZERO.toString()) + "\t\r\n{\"user_id\": oops}\n";

        assertThatThrownBy(() -> parse(lines)).hasMessageContaining("line 5: malformed JSON");
    }

    // The scanner reads these lines itself (no hand-over to Jackson), and gets what a JSON tree gives.
    @Test
    void dumpShapedLinesTakeTheScannersPathAndGiveTheReferencePairs() {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            lines.add(ReferenceListens.line(random));
        }
        ListensFileParser parser = new ListensFileParser();
        ListenCounts counts = new ListenCounts();
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        long[] done = parser.parseBlock(bytes, bytes.length, counts);

        assertThat(done).containsExactly(3_000, 3_000);
        assertThat(parser.fallbacks()).isZero();
        assertThat(ReferenceListens.counts(counts)).isEqualTo(ReferenceListens.counts(lines));
    }

    // Lines edited at random (a JSON character put in, taken out or replaced): whether the scanner
    // reads one or hands it to Jackson, it gives the tree's pairs, or fails where the tree fails.
    @Test
    void editedLinesGiveWhatAJsonTreeGives() {
        Random random = new Random(11);
        String alphabet = "{}[]\",:\\ 0123456789-+.eEtrufalsn_\tx";
        int handedOver = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder(ReferenceListens.line(random));
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(line.length());
                if (line.charAt(at) >= 0x80) {
                    continue; // keep the UTF-8 valid: Jackson skips strings without decoding them
                }
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> line.insert(at, c);
                    case 1 -> line.deleteCharAt(at);
                    default -> line.setCharAt(at, c);
                }
            }
            String text = line.toString();
            ListensFileParser parser = new ListensFileParser();
            ListenCounts counts = new ListenCounts();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Map<String, Integer> got;
            try {
                parser.parseBlock(bytes, bytes.length, counts);
                got = ReferenceListens.counts(counts);
            } catch (ListensFileParser.MalformedLineException e) {
                got = Map.of("line 1", -1);
            }
            handedOver += (int) parser.fallbacks();

            assertThat(got).as(text).isEqualTo(ReferenceListens.counts(List.of(text)));
        }
        // Both paths were taken many times.
        assertThat(handedOver).isBetween(2_000, 18_000);
    }
}

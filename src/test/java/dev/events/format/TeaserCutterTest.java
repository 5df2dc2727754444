package dev.events.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeaserCutterTest {

    private final TeaserCutter cutter = new TeaserCutter();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n  \r"})
    void nullOrBlankGivesEmpty(String text) {
        assertThat(cutter.cut(text, 10)).isEmpty();
    }

    @Test
    void whitespaceRunsCollapseToSingleSpacesAndEndsAreTrimmed() {
        assertThat(cutter.cut("  On 5-6 \n October\t\tthe   ICC  ", 100)).isEqualTo("On 5-6 October the ICC");
    }

    @Test
    void nonBreakingSpacesAreKept() {
        assertThat(cutter.cut("13\u00a0h   30", 100)).isEqualTo("13\u00a0h 30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello world          | 11
            hello world          | 12
            The visit ends...    | 17
            Hello, world!        | 13
            """)
    void textThatFitsComesBackUnchanged(String text, int maxLength) {
        assertThat(cutter.cut(text, maxLength)).isEqualTo(text);
    }

    @Test
    void fitIsJudgedAfterWhitespaceIsCollapsed() {
        assertThat(cutter.cut("hello     world", 11)).isEqualTo("hello world");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello world again    | 14 | hello world...
            hello world again    | 13 | hello...
            hello world again    | 16 | hello world...
            hello, world         | 10 | hello...
            one two; three four  | 16 | one two...
            Wait... what now     | 14 | Wait...
            """)
    void longTextIsCutAtAWordBoundaryWithoutTrailingPunctuation(String text, int maxLength, String expected) {
        assertThat(cutter.cut(text, maxLength)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "Supercalifragilistic, 10, Superca...",
            "Supercalifragilistic expialidocious, 10, Superca...",
            "abcdef, 4, a..."})
    void aFirstWordLongerThanTheBudgetIsHardCut(String text, int maxLength, String expected) {
        assertThat(cutter.cut(text, maxLength)).isEqualTo(expected);
    }

    @Test
    void aHardCutDoesNotSplitASurrogatePair() {
        String faces = "\uD83D\uDE00".repeat(5);

        assertThat(cutter.cut(faces, 6)).isEqualTo("\uD83D\uDE00...");
    }

    @Test
    void allPunctuationLeavesOnlyTheEllipsis() {
        assertThat(cutter.cut("!!!!!!!!!!", 8)).isEqualTo("...");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 10, 20, 37, 80, 150})
    void aCutTextNeverExceedsMaxLengthAndEndsWithTheEllipsis(int maxLength) {
        String text = "The Intercultural Cities programme, run by the Council of Europe, supports cities in "
                + "reviewing their policies through an intercultural lens and developing comprehensive strategies.";

        String cut = cutter.cut(text, maxLength);

        assertThat(cut).hasSizeLessThanOrEqualTo(maxLength).endsWith("...");
        assertThat(text).startsWith(cut.substring(0, cut.length() - 3));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 0, -1})
    void maxLengthBelowFourIsRejected(int maxLength) {
        assertThatThrownBy(() -> cutter.cut("hello", maxLength))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(maxLength));
    }

    @ParameterizedTest
    @MethodSource("fixtureTeasers")
    void fixtureTeasersEndingInAnEllipsisComeBackUnchangedAt300(String teaser) {
        assertThat(teaser).endsWith("...").hasSizeLessThanOrEqualTo(300);

        assertThat(cutter.cut(teaser, 300)).isEqualTo(teaser);
    }

    static List<String> fixtureTeasers() throws IOException {
        try (InputStream in = TeaserCutterTest.class.getResourceAsStream("/fixtures/icc-events-2017.json")) {
            List<String> teasers = new ArrayList<>();
            for (JsonNode event : new ObjectMapper().readTree(in).get("events")) {
                teasers.add(event.get("teaser").asText());
            }
            assertThat(teasers).hasSize(10);
            return teasers;
        }
    }
}

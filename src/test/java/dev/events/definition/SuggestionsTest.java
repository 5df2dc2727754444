package dev.events.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void transposedLettersCountAsOneEdit() {
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.distance("textFeild", "textField")).isEqualTo(1);
    }

    @Test
    void suggestsTheClosestCandidateOnly() {
        assertThat(Suggestions.didYouMean("lable", List.of("label", "name", "table")))
                .isEqualTo("; did you mean 'label'?");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryCandidate() {
        assertThat(Suggestions.didYouMean("colour", List.of("title", "dialog"))).isEmpty();
    }
}

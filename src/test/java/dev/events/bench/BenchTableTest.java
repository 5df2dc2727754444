package dev.events.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table's numbers stay readable from microseconds to thousands of events a second. */
class BenchTableTest {

    @Test
    void largeFiguresAreGroupedAndWhole() {
        assertThat(BenchTable.number(123_456.7)).isEqualTo("123,457");
        assertThat(BenchTable.number(2_000)).isEqualTo("2,000");
    }

    @Test
    void figuresBelowAHundredKeepTwoDecimals() {
        assertThat(BenchTable.number(4.256)).isEqualTo("4.26");
    }

    @Test
    void figuresBelowOneKeepThreeSignificantDigitsWithoutAnExponent() {
        assertThat(BenchTable.number(0.000412345)).isEqualTo("0.000412");
        assertThat(BenchTable.number(0.5)).isEqualTo("0.500");
        assertThat(BenchTable.number(0.0)).isEqualTo("0");
    }

    @Test
    void sizesAreShortenedInTheRatioLabel() {
        assertThat(BenchTable.shortCount(100_000)).isEqualTo("100k");
        assertThat(BenchTable.shortCount(200)).isEqualTo("200");
    }
}

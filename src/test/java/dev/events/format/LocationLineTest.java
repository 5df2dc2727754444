package dev.events.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationLineTest {

    private final LocationLine line = new LocationLine();

    @Test
    void aNonBlankLocationWinsOverTheParts() {
        assertThat(line.format("Strasbourg, Palais de l’Europe, Room 5", "Agora", "Strasbourg", "FR",
                Locale.ENGLISH)).isEqualTo("Strasbourg, Palais de l’Europe, Room 5");
    }

    @Test
    void theLocationIsTrimmed() {
        assertThat(line.format("  Lyon, France \n", null, null, null, Locale.ENGLISH)).isEqualTo("Lyon, France");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Act City   | Hamamatsu | JP | en | Act City, Hamamatsu, Japan
            Act City   | Hamamatsu | JP | fr | Act City, Hamamatsu, Japon
            null       | Oslo      | NO | en | Oslo, Norway
            null       | Oslo      | NO | fr | Oslo, Norvège
            City Hall  | null      | PT | en | City Hall, Portugal
            City Hall  | Lisbon    | null | en | City Hall, Lisbon
            null       | null      | GR | fr | Grèce
            '  '       | '\t'      | ES | en | Spain
            """)
    void withoutALocationTheLineIsBuiltFromThePartsThatExist(
            String venue, String city, String country, String language, String expected) {
        assertThat(line.format(null, venue, city, country, Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankLocationIsIgnored(String location) {
        assertThat(line.format(location, "Palais", "Strasbourg", "FR", Locale.FRENCH))
                .isEqualTo("Palais, Strasbourg, France");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "XYZ", "1", "J", "Japan"})
    void unknownCountryCodesAreSkipped(String code) {
        assertThat(line.format(null, null, "Hamamatsu", code, Locale.ENGLISH)).isEqualTo("Hamamatsu");
    }

    @Test
    void countryCodesAreCaseInsensitive() {
        assertThat(line.format(null, null, null, " jp ", Locale.ENGLISH)).isEqualTo("Japan");
    }

    @Test
    void aMissingLocaleNamesTheCountryInEnglish() {
        assertThat(line.format(null, null, null, "JP", null)).isEqualTo("Japan");
    }

    @Test
    void nothingToShowGivesEmpty() {
        assertThat(line.format(null, null, null, null, Locale.ENGLISH)).isEmpty();
        assertThat(line.format(" ", "", "\t", " ", Locale.FRENCH)).isEmpty();
    }
}

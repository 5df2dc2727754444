package dev.events.bench;

import java.util.Map;
import java.util.Set;

/** The currency tickets are priced in, by country. */
final class Currencies {

    private static final Set<String> EURO = Set.of("FR", "DE", "BE", "NL", "AT", "IT", "ES", "PT", "IE", "FI", "GR");
    private static final Map<String, String> OTHERS = Map.ofEntries(Map.entry("CH", "CHF"), Map.entry("GB", "GBP"),
            Map.entry("US", "USD"), Map.entry("CA", "CAD"), Map.entry("JP", "JPY"), Map.entry("AU", "AUD"),
            Map.entry("DK", "DKK"), Map.entry("SE", "SEK"), Map.entry("NO", "NOK"), Map.entry("PL", "PLN"),
            Map.entry("CZ", "CZK"), Map.entry("HU", "HUF"), Map.entry("KR", "KRW"), Map.entry("NZ", "NZD"));

    private Currencies() {
    }

    /** @return the ISO 4217 code for a country; US dollars where the table has none */
    static String of(String country) {
        return EURO.contains(country) ? "EUR" : OTHERS.getOrDefault(country, "USD");
    }
}

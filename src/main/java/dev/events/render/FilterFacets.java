package dev.events.render;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.events.content.CatalogEntry;
import dev.events.render.EventFilterModel.FacetValue;

/**
 * Counts the values of the event-filter's facets. Each facet counts the events that match every other filter,
 * so a count says how many events choosing the value would show. The chosen value is always listed, with 0 when
 * nothing matches it.
 */
final class FilterFacets {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** No event spans a century; the bound keeps a broken date from counting forever. */
    private static final int MAX_MONTHS = 1200;

    private final PageLinks links;
    private final CalendarText text;
    private final Locale locale;
    private final Collator collator;

    FilterFacets(PageLinks links, CalendarText text, Locale locale) {
        this.links = links;
        this.text = text;
        this.locale = locale;
        this.collator = Collator.getInstance(locale);
    }

    /** @return the categories, the most frequent first */
    List<FacetValue> categories(List<CatalogEntry> events, Predicate<CatalogEntry> others, String chosen, int max) {
        Map<String, Integer> counts = new HashMap<>();
        events.stream().filter(others)
                .forEach(e -> e.categories().stream().distinct().forEach(c -> counts.merge(c, 1, Integer::sum)));
        return values(EventQuery.CATEGORY, counts, byCount(counts, FilterFacets::humanized), chosen, max,
                FilterFacets::humanized);
    }

    /** @return the months, the latest first; an event counts in every month it touches, in its own zone */
    List<FacetValue> months(List<CatalogEntry> events, Predicate<CatalogEntry> others, YearMonth chosen, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (CatalogEntry e : events) {
            if (others.test(e)) {
                YearMonth last = YearMonth.from(e.lastDay());
                YearMonth month = YearMonth.from(e.firstDay());
                for (int i = 0; i < MAX_MONTHS && !month.isAfter(last); i++, month = month.plusMonths(1)) {
                    counts.merge(month.toString(), 1, Integer::sum);
                }
            }
        }
        return values(EventQuery.MONTH, counts, Comparator.<String>reverseOrder(),
                chosen == null ? "" : chosen.toString(), max, m -> text.month(YearMonth.parse(m)));
    }

    /**
     * @return the countries, the most frequent first; the chosen country, or the country of the chosen city, lists
     *         its cities
     */
    List<FacetValue> places(List<CatalogEntry> events, Predicate<CatalogEntry> others, String chosen, int max) {
        boolean countryChosen = isCountry(chosen);
        String country = countryChosen ? chosen.toUpperCase(Locale.ROOT) : countryOf(events, chosen);
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> cities = new HashMap<>();
        events.stream().filter(others).forEach(e -> {
            if (!e.country().isEmpty()) {
                countries.merge(e.country(), 1, Integer::sum);
            }
            if (!e.city().isEmpty() && e.country().equals(country)) {
                cities.merge(e.city(), 1, Integer::sum);
            }
        });
        List<FacetValue> inCountry = values(EventQuery.PLACE, cities, byCount(cities, c -> c),
                countryChosen ? "" : chosen, max, c -> c, c -> List.of());
        // a chosen city of no known country is listed among the countries, so that it can be removed
        String chosenAbove = countryChosen ? country : country.isEmpty() ? chosen : "";
        return values(EventQuery.PLACE, countries, byCount(countries, this::countryName), chosenAbove, max,
                this::countryName, c -> c.equalsIgnoreCase(country) ? inCountry : List.of());
    }

    private List<FacetValue> values(String parameter, Map<String, Integer> counts, Comparator<String> order,
            String chosen, int max, Function<String, String> label) {
        return values(parameter, counts, order, chosen, max, label, key -> List.of());
    }

    private List<FacetValue> values(String parameter, Map<String, Integer> counts, Comparator<String> order,
            String chosen, int max, Function<String, String> label, Function<String, List<FacetValue>> children) {
        List<String> keys = new ArrayList<>(counts.keySet().stream().sorted(order).limit(max).toList());
        if (!chosen.isEmpty() && keys.stream().noneMatch(chosen::equalsIgnoreCase)) {
            keys.add(chosen);
        }
        List<FacetValue> values = new ArrayList<>();
        for (String key : keys) {
            boolean selected = key.equalsIgnoreCase(chosen);
            Map<String, String> change = new LinkedHashMap<>();
            change.put(parameter, selected ? "" : key);
            change.put(EventQuery.DAY, "");
            values.add(new FacetValue(label.apply(key), counts.getOrDefault(key, 0), links.with(change), selected,
                    children.apply(key)));
        }
        return values;
    }

    private Comparator<String> byCount(Map<String, Integer> counts, Function<String, String> label) {
        return Comparator.<String>comparingInt(counts::get).reversed()
                .thenComparing(label, collator::compare).thenComparing(Comparator.naturalOrder());
    }

    /** @return the country of the events in a chosen city, or empty */
    private static String countryOf(List<CatalogEntry> events, String city) {
        return city.isEmpty() ? "" : events.stream().filter(e -> e.city().equalsIgnoreCase(city))
                .map(CatalogEntry::country).filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    private static boolean isCountry(String place) {
        return place.length() == 2 && COUNTRIES.contains(place.toUpperCase(Locale.ROOT));
    }

    private String countryName(String code) {
        return COUNTRIES.contains(code) ? new Locale("", code).getDisplayCountry(locale) : code;
    }

    /** @return "Expert visit" for the category {@code expert-visit} */
    static String humanized(String category) {
        String words = category.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? category : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}

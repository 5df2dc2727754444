package dev.events.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates realistic events in the import format, the same for the same seed and day: starts spread over the
 * {@value #YEARS} years around {@code today}, titles and teasers in English and French, 1 to 3 of the 30
 * categories, one of the 500 places with its coordinates and zone; {@value #MULTI_DAY_PERCENT}% multi-day
 * (all-day, up to two weeks), {@value #TIMED_PERCENT}% timed in their place's zone, the rest single all-day
 * events; some with rich-text bodies, organizers, prices, links, or a status. Event {@code i} depends only on the
 * seed, the day and {@code i}, so any one of them can be made again alone.
 */
public final class EventGenerator {

    static final int YEARS = 20;
    static final int MULTI_DAY_PERCENT = 10;
    static final int TIMED_PERCENT = 30;
    static final int BODY_PERCENT = 25;

    private final long seed;
    private final LocalDate today;
    private final List<BenchPlace> places = BenchPlaces.all();
    private final ObjectMapper json = new ObjectMapper();

    /** @param today the middle of the generated years */
    public EventGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** @return the category every generated listing has most of: the first one */
    public static String commonCategory() {
        return BenchWords.KINDS.get(0).name();
    }

    /** Writes an import file of events {@code 0} to {@code count - 1}: {@code {"events": [...]}}. */
    public void write(OutputStream out, int count) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeArrayFieldStart("events");
            for (int i = 0; i < count; i++) {
                json.writeValue(generator, event(i));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** @return event {@code i}, keyed as in an import file */
    public Map<String, Object> event(int i) {
        SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + i));
        BenchWords.Kind kind = pick(random, BenchWords.KINDS);
        BenchWords.Quality quality = pick(random, BenchWords.QUALITIES);
        BenchPlace place = pick(random, places);
        Map<String, Object> event = new LinkedHashMap<>();
        String title = quality.en() + " " + kind.en() + " in " + place.city();
        event.put("name", slug(title) + "-" + (i + 1));
        event.put("title", title);
        event.put("title_fr", kind.fr() + " " + quality.fr() + " à " + place.city());
        timing(random, event);
        event.put("timeZone", place.zone());
        placeOf(random, place, event);
        texts(random, kind, quality, place, event);
        event.put("categories", categories(random, kind));
        details(random, place, event);
        return event;
    }

    private void timing(SplittableRandom random, Map<String, Object> event) {
        LocalDate day = today.plusDays(random.nextInt(-YEARS * 365 / 2, YEARS * 365 / 2 + 1));
        int form = random.nextInt(100);
        if (form < MULTI_DAY_PERCENT) {
            event.put("startDate", day.toString());
            event.put("endDate", day.plusDays(1 + random.nextInt(13)).toString());
        } else if (form < MULTI_DAY_PERCENT + TIMED_PERCENT) {
            LocalDateTime start = day.atTime(8 + random.nextInt(13), 15 * random.nextInt(4));
            event.put("startDate", start.toString());
            if (random.nextInt(5) > 0) {
                event.put("endDate", start.plusMinutes(30L * (2 + random.nextInt(7))).toString());
            }
        } else {
            event.put("startDate", day.toString());
        }
    }

    private static void placeOf(SplittableRandom random, BenchPlace place, Map<String, Object> event) {
        if (random.nextInt(10) < 6) {
            event.put("venue", pick(random, BenchWords.VENUES));
        }
        event.put("city", place.city());
        event.put("country", place.country());
        event.put("latitude", place.latitude());
        event.put("longitude", place.longitude());
    }

    private static void texts(SplittableRandom random, BenchWords.Kind kind, BenchWords.Quality quality,
            BenchPlace place, Map<String, Object> event) {
        String en = "Join us for the " + quality.en().toLowerCase(Locale.ROOT) + " " + kind.en() + " in "
                + place.city() + ". " + lines(random, BenchWords.EN_LINES, 1 + random.nextInt(3));
        String fr = kind.fr() + " " + quality.fr() + " à " + place.city() + " : rendez-vous nombreux. "
                + lines(random, BenchWords.FR_LINES, 1 + random.nextInt(3));
        event.put("teaser", en);
        event.put("teaser_fr", fr);
        if (random.nextInt(100) < BODY_PERCENT) {
            event.put("body", "<p>" + en + "</p><ul><li>" + lines(random, BenchWords.EN_LINES, 1) + "</li><li>"
                    + lines(random, BenchWords.EN_LINES, 1) + "</li></ul><p><strong>Programme</strong> to follow.</p>");
            event.put("body_fr", "<p>" + fr + "</p><p><em>Programme à venir.</em></p>");
        }
    }

    private static List<String> categories(SplittableRandom random, BenchWords.Kind kind) {
        Set<String> categories = new LinkedHashSet<>(List.of(kind.name()));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            categories.add(pick(random, BenchWords.KINDS).name());
        }
        return new ArrayList<>(categories);
    }

    private static void details(SplittableRandom random, BenchPlace place, Map<String, Object> event) {
        if (random.nextInt(10) < 3) {
            event.put("organizerName", place.city() + " Cultural Association");
            event.put("organizerUrl", "https://culture.example.org/" + slug(place.city()));
        }
        if (random.nextInt(10) < 2) {
            event.put("price", (5 + random.nextInt(60)) + ".00");
            event.put("priceCurrency", Currencies.of(place.country()));
            event.put("registrationUrl", "https://tickets.example.org/" + event.get("name"));
        }
        if (random.nextInt(10) < 2) {
            event.put("links", List.of(Map.of("label", "Programme", "label_fr", "Programme",
                    "href", "https://programme.example.org/" + event.get("name"))));
        }
        int status = random.nextInt(100);
        if (status < 2) {
            event.put("status", "cancelled");
        } else if (status < 3) {
            event.put("status", "rescheduled");
            event.put("previousStartDate", previous(String.valueOf(event.get("startDate"))));
        }
    }

    /** @return a week earlier, in the same form (date or wall time) */
    private static String previous(String start) {
        return start.length() == 10 ? LocalDate.parse(start).minusDays(7).toString()
                : LocalDateTime.parse(start).minusDays(7).toString();
    }

    private static String lines(SplittableRandom random, List<String> lines, int count) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(random, lines));
        }
        return String.join(" ", chosen);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** @return a URL name: {@code autumn-concert-in-montreal} for "Autumn concert in Montréal" */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Murmur3's finalizer: neighbouring indexes get unrelated random sequences. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe1a85ec3L;
        return z ^ (z >>> 33);
    }
}

package dev.events.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Import files of many small events, for tests that need more than the fixtures hold: early 2019, all-day or at
 * 07:00 to 09:00 in one of four zones, so that many start at the same instant.
 */
public final class GeneratedEvents {

    private static final String[] ZONES = {"UTC", "Europe/Paris", "Asia/Tokyo", "America/Los_Angeles"};

    private GeneratedEvents() {
    }

    /** @return an import file of {@code count} events named {@code generated-0} and on, the same for one seed */
    public static byte[] json(int count, long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("{\"events\": [");
        for (int i = 0; i < count; i++) {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("name", "generated-" + i);
            event.put("title", "Generated " + i);
            String day = "2019-0" + (2 + random.nextInt(4)) + "-0" + (1 + random.nextInt(3));
            event.put("startDate", random.nextBoolean() ? day : day + "T0" + (7 + random.nextInt(3)) + ":00");
            event.put("timeZone", ZONES[random.nextInt(ZONES.length)]);
            List<String> fields = new ArrayList<>();
            event.forEach((k, v) -> fields.add("\"" + k + "\": \"" + v + "\""));
            json.append(i == 0 ? "" : ",").append('{').append(String.join(", ", fields)).append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}

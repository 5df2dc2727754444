package dev.events.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;

/** iCalendar as a strict client reads it: ical4j with every relaxed hint off, and RFC 5545's line rules. */
public final class StrictIcs {

    private static final List<String> HINTS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY,
            CompatibilityHints.KEY_VCARD_COMPATIBILITY);

    private StrictIcs() {
    }

    /** Parses with every relaxed compatibility hint off, restoring the hints afterwards. */
    public static Calendar parse(String ics) throws Exception {
        Map<String, Boolean> saved = new HashMap<>();
        HINTS.forEach(hint -> saved.put(hint, CompatibilityHints.isHintEnabled(hint)));
        try {
            HINTS.forEach(hint -> CompatibilityHints.setHintEnabled(hint, false));
            return new CalendarBuilder().build(new StringReader(ics));
        } finally {
            saved.forEach(CompatibilityHints::setHintEnabled);
        }
    }

    /**
     * Parses the bytes strictly and asserts they validate, end every line with CRLF and fold at 75 octets.
     *
     * @return the calendar, for further assertions
     */
    public static Calendar parseValidated(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        Calendar calendar = parse(text);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        return calendar;
    }
}

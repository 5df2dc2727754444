package dev.events.render;

import java.util.Locale;

import dev.events.content.EventTime;
import dev.events.format.DateLineFormatter;

/** The date line of a stored event, in its own zone; never fails on stored data. */
public final class EventDateLine {

    private static final DateLineFormatter DATES = new DateLineFormatter();

    private EventDateLine() {
    }

    /** @return "5-6 October 2017" and the like; empty for an event without a start */
    public static String of(EventTime time, Locale locale) {
        if (time.start() == null) {
            return "";
        }
        try {
            return DATES.format(time.start(), time.end(), time.allDay(), locale);
        } catch (IllegalArgumentException endBeforeStart) {
            // stored content the import would refuse must not take a whole page down: show the start
            return DATES.format(time.start(), null, time.allDay(), locale);
        }
    }
}

package dev.events.format;

import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * English date lines: "1 July 2018, 1:30 p.m.". Also the fallback for unsupported languages.
 */
final class EnglishDateLine implements DateLineLanguage {

    static final EnglishDateLine INSTANCE = new EnglishDateLine();

    private EnglishDateLine() {
    }

    @Override
    public String day(int dayOfMonth) {
        return Integer.toString(dayOfMonth);
    }

    @Override
    public String month(Month month) {
        // Locale.ENGLISH rather than the caller's locale: as a fallback for, say, German, the line must not
        // mix German month names into English grammar.
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    public String time(LocalTime time) {
        // Noon is "12 p.m." and midnight "12 a.m.", the usual twelve-hour reading.
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? " a.m." : " p.m.";
        if (time.getMinute() == 0) {
            return hour + suffix;
        }
        return String.format(Locale.ROOT, "%d:%02d%s", hour, time.getMinute(), suffix);
    }
}

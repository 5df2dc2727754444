package dev.events.format;

import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * French date lines: "1er juillet 2018, 13 h 30".
 */
final class FrenchDateLine implements DateLineLanguage {

    static final FrenchDateLine INSTANCE = new FrenchDateLine();

    private FrenchDateLine() {
    }

    @Override
    public String day(int dayOfMonth) {
        // French writes the first day of a month as an ordinal, every other day as a cardinal.
        return dayOfMonth == 1 ? "1er" : Integer.toString(dayOfMonth);
    }

    @Override
    public String month(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.FRENCH);
    }

    @Override
    public String time(LocalTime time) {
        // Plain spaces around "h": the acceptance strings use them, and a page can still swap in
        // non-breaking spaces when it renders.
        if (time.getMinute() == 0) {
            return time.getHour() + " h";
        }
        return String.format(Locale.ROOT, "%d h %02d", time.getHour(), time.getMinute());
    }
}

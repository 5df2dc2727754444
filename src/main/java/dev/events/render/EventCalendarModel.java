package dev.events.render;

import java.util.List;

/**
 * The model of the event-calendar component: one month as weeks of seven days, in the week order of the page's
 * language.
 *
 * @param title    the heading, or empty
 * @param caption  the month shown, "October 2017"
 * @param month    the month shown, {@code 2017-10}
 * @param weekdays the column headers, from the first day of the week
 * @param weeks    the rows: seven days each, days of other months blank
 * @param previous the previous month, or null
 * @param next     the next month, or null
 */
public record EventCalendarModel(String title, String caption, String month, List<Weekday> weekdays,
        List<List<Day>> weeks, MonthLink previous, MonthLink next) {

    /**
     * A column header.
     *
     * @param abbreviation "Mon"
     * @param name         "Monday", for assistive technology
     */
    public record Weekday(String abbreviation, String name) {
    }

    /**
     * One cell of the grid.
     *
     * @param date     the ISO date, {@code 2017-10-05}; empty for a blank cell of another month
     * @param number   the day of the month, 0 for a blank cell
     * @param label    the full date, "Thursday, October 5, 2017", or empty
     * @param inMonth  false for a blank cell
     * @param today    whether it is today in the calendar's zone
     * @param events   the events of the day, at most the component's {@code maxPerDay}
     * @param more     how many further events the day has
     * @param moreHref where they are listed (the events page, {@code ?day=}), or empty when there are none
     */
    public record Day(String date, int number, String label, boolean inMonth, boolean today, List<DayEvent> events,
            int more, String moreHref) {
    }

    /**
     * An event on a day.
     *
     * @param title its title
     * @param href  its detail page
     */
    public record DayEvent(String title, String href) {
    }

    /**
     * A link to another month.
     *
     * @param label "November 2017"
     * @param href  the current page with {@code ?month=2017-11}
     */
    public record MonthLink(String label, String href) {
    }
}

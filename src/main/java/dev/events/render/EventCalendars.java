package dev.events.render;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.jcr.RepositoryException;

import dev.events.content.CatalogEntry;
import dev.events.content.EventCatalog;

/**
 * The event-calendar component: a month of the catalog's events, each on every one of its days in its own zone,
 * with today marked in the calendar's zone. The month is {@code ?month=} (see {@link EventQuery#month}), else
 * today's.
 */
final class EventCalendars {

    private static final int DEFAULT_PER_DAY = 3;
    private static final int MAX_PER_DAY = 20;
    private static final YearMonth FIRST = YearMonth.of(1000, 1);
    private static final YearMonth LAST = YearMonth.of(9999, 12);

    private final EventCatalog catalog;
    private final EventLoader loader;
    private final PageLinks links;
    private final CalendarText text;
    private final Instant now;
    private final String eventsPage;
    private final Expiry expiry;

    /**
     * @param eventsPage the events page, where the events of a busy day are listed and events link below
     * @param expiry     told that the calendar changes at the next midnight in its zone (today's mark and month)
     */
    EventCalendars(EventCatalog catalog, EventLoader loader, PageLinks links, CalendarText text, Instant now,
            String eventsPage, Expiry expiry) {
        this.catalog = catalog;
        this.loader = loader;
        this.links = links;
        this.text = text;
        this.now = now;
        this.eventsPage = eventsPage;
        this.expiry = expiry;
    }

    EventCalendarModel calendar(Map<String, Object> component, String monthParameter) throws RepositoryException {
        ComponentValues values = new ComponentValues(component);
        ZoneId zone = zone(values.text(EventCalendarProperties.TIME_ZONE));
        LocalDate today = now.atZone(zone).toLocalDate();
        expiry.noLaterThan(Expiry.nextMidnight(now, zone));
        YearMonth parsed = EventQuery.month(monthParameter);
        YearMonth month = parsed == null ? YearMonth.from(today) : parsed;
        Map<LocalDate, List<CatalogEntry>> byDay = byDay(month, ListScope.of(values, now));
        int perDay = values.number(EventCalendarProperties.MAX_PER_DAY, DEFAULT_PER_DAY, MAX_PER_DAY);
        Map<String, String> titles = loader.titles(shown(byDay, perDay));
        List<List<EventCalendarModel.Day>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1);
        day = day.minusDays(Math.floorMod(day.getDayOfWeek().getValue() - text.firstDayOfWeek().getValue(), 7));
        for (; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(7)) {
            weeks.add(week(day, month, today, byDay, titles, perDay));
        }
        return new EventCalendarModel(values.text(EventCalendarProperties.TITLE), text.month(month),
                month.toString(), text.weekdays(), weeks, link(month.minusMonths(1)), link(month.plusMonths(1)));
    }

    private List<EventCalendarModel.Day> week(LocalDate first, YearMonth month, LocalDate today,
            Map<LocalDate, List<CatalogEntry>> byDay, Map<String, String> titles, int perDay) {
        List<EventCalendarModel.Day> week = new ArrayList<>();
        for (LocalDate day = first; week.size() < 7; day = day.plusDays(1)) {
            week.add(YearMonth.from(day).equals(month)
                    ? day(day, today, byDay.getOrDefault(day, List.of()), titles, perDay) : blank());
        }
        return week;
    }

    /** @return the events of the month on each of their days in the month, by start */
    private Map<LocalDate, List<CatalogEntry>> byDay(YearMonth month, ListScope scope) throws RepositoryException {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<LocalDate, List<CatalogEntry>> byDay = new TreeMap<>();
        for (CatalogEntry entry : catalog.touching(first, last)) {
            if (scope.test(entry)) {
                LocalDate from = entry.firstDay().isBefore(first) ? first : entry.firstDay();
                LocalDate to = entry.lastDay().isAfter(last) ? last : entry.lastDay();
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(entry);
                }
            }
        }
        return byDay;
    }

    private static Set<String> shown(Map<LocalDate, List<CatalogEntry>> byDay, int perDay) {
        Set<String> ids = new LinkedHashSet<>();
        byDay.values().forEach(entries -> entries.stream().limit(perDay).forEach(e -> ids.add(e.id())));
        return ids;
    }

    private EventCalendarModel.Day day(LocalDate day, LocalDate today, List<CatalogEntry> entries,
            Map<String, String> titles, int perDay) {
        List<EventCalendarModel.DayEvent> events = new ArrayList<>();
        entries.stream().limit(perDay).filter(e -> titles.containsKey(e.id())).forEach(e -> events.add(
                new EventCalendarModel.DayEvent(titles.get(e.id()), eventsPage + "/" + e.name())));
        int more = entries.size() - Math.min(perDay, entries.size());
        return new EventCalendarModel.Day(day.toString(), day.getDayOfMonth(), text.day(day), true,
                day.equals(today), events, more, more > 0 ? eventsPage + "?" + EventQuery.DAY + "=" + day : "");
    }

    private static EventCalendarModel.Day blank() {
        return new EventCalendarModel.Day("", 0, "", false, false, List.of(), 0, "");
    }

    private EventCalendarModel.MonthLink link(YearMonth month) {
        if (month.isBefore(FIRST) || month.isAfter(LAST)) {
            return null;
        }
        return new EventCalendarModel.MonthLink(text.month(month),
                links.with(Map.of(EventQuery.MONTH, month.toString(), EventQuery.DAY, "")));
    }

    /** @return the calendar's zone; an unknown id gives UTC rather than a broken page */
    private static ZoneId zone(String id) {
        try {
            return id.isEmpty() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

package dev.events.content;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of a bulk write waiting for their save, by start year: the folder a new event goes to. A year's
 * events are ready as soon as they fill a save; when {@value #WINDOW} saves' worth of events wait, the year with the
 * most is ready with what it has. So a save adds to one folder as far as the order of the events allows, and at
 * most {@value #WINDOW} saves' worth of events are held in memory.
 */
final class YearGroups {

    /** Saves' worth of events held back to find more of one year: 4,000 records of a few kilobytes each. */
    static final int WINDOW = 4;

    private final int batch;
    private final TreeMap<Integer, List<EventRecord>> byYear = new TreeMap<>();
    private int size;

    /** @param batch events per save */
    YearGroups(int batch) {
        this.batch = batch;
    }

    /** @return the events to save now, or none */
    List<EventRecord> add(EventRecord record) {
        int year = yearOf(record);
        List<EventRecord> events = byYear.computeIfAbsent(year, y -> new ArrayList<>());
        events.add(record);
        size++;
        if (events.size() == batch) {
            return take(year);
        }
        return size >= WINDOW * batch ? take(largest()) : List.of();
    }

    /** @return up to one save's worth of the waiting events, the earliest years first; none when nothing waits */
    List<EventRecord> rest() {
        List<EventRecord> save = new ArrayList<>();
        while (!byYear.isEmpty() && save.size() < batch) {
            Map.Entry<Integer, List<EventRecord>> first = byYear.firstEntry();
            List<EventRecord> part = first.getValue().subList(0, Math.min(batch - save.size(),
                    first.getValue().size()));
            save.addAll(part);
            part.clear();
            if (first.getValue().isEmpty()) {
                byYear.remove(first.getKey());
            }
        }
        size -= save.size();
        return save;
    }

    private List<EventRecord> take(int year) {
        List<EventRecord> events = byYear.remove(year);
        size -= events.size();
        return events;
    }

    private int largest() {
        return byYear.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
                .orElseThrow().getKey();
    }

    /** @return the start year of all these events, or {@link BackgroundSave#MIXED} */
    static int yearOf(List<EventRecord> records) {
        int year = records.isEmpty() ? BackgroundSave.MIXED : yearOf(records.get(0));
        for (EventRecord record : records) {
            if (yearOf(record) != year) {
                return BackgroundSave.MIXED;
            }
        }
        return year;
    }

    /** The year {@link EventWriter} names a new event's folder after. */
    private static int yearOf(EventRecord record) {
        return record.properties().get(EventProperties.START_DATE) instanceof Calendar start
                ? start.get(Calendar.YEAR) : Integer.MIN_VALUE;
    }
}

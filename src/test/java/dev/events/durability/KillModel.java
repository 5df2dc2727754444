package dev.events.durability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the workload of {@link ServerKillTest} knows of the content: for each event, the highest version it sent,
 * the highest version the server acknowledged (a 2xx or 3xx answer received), the version the author holds
 * (exact between kills: the check reads it after each restart) and the highest version whose publication was
 * acknowledged. The values of an event at a version are a function of its name and version ({@link #values}), so
 * a check compares whole events, not just their markers.
 */
final class KillModel {

    private final Set<String> known = new TreeSet<>();
    private final Set<String> unacknowledgedImports = new TreeSet<>();
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Integer> author = new ConcurrentHashMap<>();
    private final Map<String, Integer> published = new ConcurrentHashMap<>();

    /** @return the values an event has at a version: title, teaser, link and fixed place and date */
    static Map<String, String> values(String name, int version) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", "Durable event v" + version);
        values.put("startDate", startDate(name).toString());
        values.put("timeZone", "Europe/Paris");
        values.put("city", "Paris");
        values.put("country", "FR");
        values.put("teaser", "Teaser v" + version);
        values.put("links/0/label", "Link v" + version);
        values.put("links/0/href", "https://example.org/v" + version);
        return values;
    }

    /** @return a day of 2031 that is a function of the name, so that saves never move an event */
    static LocalDate startDate(String name) {
        return LocalDate.of(2031, 1, 1).plusDays(Math.floorMod(name.hashCode(), 365));
    }

    synchronized void importing(List<String> names) {
        unacknowledgedImports.addAll(names);
        names.forEach(name -> sent.merge(name, 1, Math::max));
    }

    synchronized void imported(List<String> names) {
        unacknowledgedImports.removeAll(names);
        known.addAll(names);
        names.forEach(name -> {
            acknowledged.merge(name, 1, Math::max);
            author.put(name, 1);
        });
    }

    /** @return the next version of an event, now counted as sent */
    synchronized int saving(String name) {
        return sent.merge(name, 1, Integer::sum);
    }

    synchronized void saved(String name, int version) {
        acknowledged.merge(name, version, Math::max);
        author.put(name, version);
    }

    /** An approval was acknowledged: what the author held is public now. */
    synchronized void approved(String name) {
        published.merge(name, author.get(name), Math::max);
    }

    /** The check found an event whose import was not acknowledged: it landed whole. */
    synchronized void found(String name, int version) {
        unacknowledgedImports.remove(name);
        known.add(name);
        author.put(name, version);
    }

    /** The check read what the author holds after a restart. */
    synchronized void authorHolds(String name, int version) {
        author.put(name, version);
    }

    synchronized List<String> known() {
        return new ArrayList<>(known);
    }

    synchronized Set<String> unacknowledgedImports() {
        return new TreeSet<>(unacknowledgedImports);
    }

    int sent(String name) {
        return sent.getOrDefault(name, 0);
    }

    int acknowledged(String name) {
        return acknowledged.getOrDefault(name, 0);
    }

    int published(String name) {
        return published.getOrDefault(name, 0);
    }
}

package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bulk write saves the events of one start year together as far as their order allows. */
class YearGroupsTest {

    private static final int BATCH = 3;

    @Test
    void aYearIsReadyWhenItFillsASave() {
        YearGroups groups = new YearGroups(BATCH);
        assertThat(groups.add(event("a", 2017))).isEmpty();
        assertThat(groups.add(event("b", 2018))).isEmpty();
        assertThat(groups.add(event("c", 2017))).isEmpty();
        assertThat(names(groups.add(event("d", 2017)))).containsExactly("a", "c", "d");
        assertThat(names(groups.rest())).containsExactly("b");
        assertThat(groups.rest()).isEmpty();
    }

    @Test
    void aFullWindowHandsOnTheYearWithTheMostEvents() {
        YearGroups groups = new YearGroups(BATCH);
        List<EventRecord> ready = new ArrayList<>();
        String[] names = {"y1", "z1", "x1", "y2", "z2", "x2", "w1", "v1", "u1", "t1", "s1", "y3"};
        int[] years = {2001, 2002, 2003, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009};
        for (int i = 0; i < names.length - 1; i++) {
            ready.addAll(groups.add(event(names[i], years[i])));
        }
        assertThat(ready).as("eleven events in nine years: none fills a save").isEmpty();
        assertThat(names(groups.add(event("r1", 2010)))).as("twelve wait: the first of the largest years")
                .containsExactly("y1", "y2");
    }

    @Test
    void theRestComesInSavesOfTheEarliestYearsFirst() {
        YearGroups groups = new YearGroups(BATCH);
        groups.add(event("late", 2030));
        groups.add(event("early-1", 1990));
        groups.add(event("middle", 2000));
        groups.add(event("early-2", 1990));
        assertThat(names(groups.rest())).containsExactly("early-1", "early-2", "middle");
        assertThat(names(groups.rest())).containsExactly("late");
        assertThat(groups.rest()).isEmpty();
    }

    private static EventRecord event(String name, int year) {
        return new EventRecord(name, Map.of(EventProperties.START_DATE, new GregorianCalendar(year, Calendar.MAY, 5)),
                List.of());
    }

    private static List<String> names(List<EventRecord> records) {
        return records.stream().map(EventRecord::name).toList();
    }
}

package dev.events.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.events.content.ContentStamps;
import dev.events.content.EventHistory;
import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.publish.ImportService;
import dev.events.publish.Publisher;
import dev.events.testing.StrictIcs;
import dev.events.testing.TestSite;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * The {@code SEQUENCE} of an event's {@code VEVENT}: one more for each publication that changes its dates as
 * calendars show them, never less.
 */
class EventIcsSequenceTest {

    private static final String FIXTURE = "/event-ics/sequence.json";
    private static final AtomicInteger EVENTS = new AtomicInteger();

    private static TestSite site;
    private String name;
    private String id;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    /** Each test has an event of its own: 2017-10-10, 10:00 to 12:00 in Europe/Paris. */
    @BeforeEach
    void importEvent() throws Exception {
        name = "sequence-event-" + EVENTS.incrementAndGet();
        id = importFixture(false);
    }

    @Test
    void theFirstPublicationIsZeroWhateverChangedBefore() throws Exception {
        edit(event -> event.setProperty(EventProperties.START_DATE, at("2017-10-10T09:00+02:00[Europe/Paris]")));
        edit(event -> event.setProperty(EventProperties.TIME_ZONE, "Europe/London"));
        publish();
        assertThat(sequence()).isZero();
    }

    @Test
    void editsOfOtherFieldsKeepTheSequence() throws Exception {
        publish();
        edit(event -> {
            event.setProperty(EventProperties.TITLE, "Retitled");
            event.setProperty(EventProperties.CITY, "Kehl");
            event.setProperty(EventProperties.STATUS, "postponed");
            event.setProperty(EventProperties.LATITUDE, 48.57);
            // the same instant written with another offset is the same time
            event.setProperty(EventProperties.START_DATE, at("2017-10-10T08:00Z[UTC]"));
        });
        publish();
        assertThat(summary()).isEqualTo("Retitled");
        assertThat(sequence()).isZero();
    }

    static Stream<Named<Edit>> timingEdits() {
        return Stream.of(
                Named.of("start moved", e -> e.setProperty(EventProperties.START_DATE,
                        at("2017-10-10T10:30+02:00[Europe/Paris]"))),
                Named.of("end moved", e -> e.setProperty(EventProperties.END_DATE,
                        at("2017-10-10T13:00+02:00[Europe/Paris]"))),
                Named.of("end removed", e -> e.getProperty(EventProperties.END_DATE).remove()),
                Named.of("zone changed", e -> e.setProperty(EventProperties.TIME_ZONE, "Europe/Berlin")),
                Named.of("made all-day", e -> e.setProperty(EventProperties.ALL_DAY, true)));
    }

    @ParameterizedTest
    @MethodSource("timingEdits")
    void aPublishedChangeOfTheDatesAddsOne(Edit timing) throws Exception {
        publish();
        edit(timing);
        publish();
        assertThat(sequence()).isEqualTo(1);
        publish();
        assertThat(sequence()).as("republished unchanged").isEqualTo(1);
    }

    @Test
    void twoDateEditsBeforeOnePublicationAddOne() throws Exception {
        publish();
        moveStartBy(Duration.ofHours(1));
        moveStartBy(Duration.ofHours(1));
        publish();
        assertThat(sequence()).isEqualTo(1);
        moveStartBy(Duration.ofDays(1));
        publish();
        assertThat(sequence()).isEqualTo(2);
    }

    @Test
    void datesChangedAndChangedBackBeforeAPublicationAddNothing() throws Exception {
        publish();
        moveStartBy(Duration.ofHours(1));
        moveStartBy(Duration.ofHours(-1));
        publish();
        assertThat(sequence()).isZero();
    }

    @Test
    void restoringAnOlderVersionNeverLowersTheSequence() throws Exception {
        edit(event -> event.setProperty(EventProperties.TITLE, "First dates"));
        String firstDates = history().versions(id).get(0).name();
        publish();
        moveStartBy(Duration.ofHours(1));
        publish();
        moveStartBy(Duration.ofHours(1));
        publish();
        assertThat(sequence()).isEqualTo(2);

        history().restore(id, firstDates, "carl");
        assertThat(authorSequence()).as("on author after the restore").isEqualTo(2);
        publish();

        assertThat(summary()).isEqualTo("First dates");
        assertThat(sequence()).isEqualTo(3);
    }

    @Test
    void restoringAVersionWithThePublishedDatesKeepsTheSequence() throws Exception {
        publish();
        moveStartBy(Duration.ofHours(1));
        publish();
        edit(event -> event.setProperty(EventProperties.TITLE, "Moved"));
        String moved = history().versions(id).get(0).name();
        edit(event -> event.setProperty(EventProperties.TITLE, "Moved, retitled"));

        history().restore(id, moved, "carl");
        publish();

        assertThat(summary()).isEqualTo("Moved");
        assertThat(sequence()).isEqualTo(1);
    }

    @Test
    void unpublishingAndRepublishingKeepsCounting() throws Exception {
        publish();
        moveStartBy(Duration.ofHours(1));
        publish();
        unpublish();
        assertThat(site.get("/events/" + name + ".ics").status()).isEqualTo(404);
        publish();
        assertThat(sequence()).isEqualTo(1);

        unpublish();
        moveStartBy(Duration.ofHours(1));
        publish();
        assertThat(sequence()).isEqualTo(2);
    }

    @Test
    void aReimportCountsOnFromThePublishedSequence() throws Exception {
        publish();
        moveStartBy(Duration.ofDays(1));
        publish();
        assertThat(importFixture(true)).as("the same event").isEqualTo(id);
        assertThat(sequence()).as("back to the fixture's dates").isEqualTo(2);
        importFixture(true);
        assertThat(sequence()).as("the same dates again").isEqualTo(2);
    }

    @Test
    void onlyTheSequenceReachesThePublicCopy() throws Exception {
        publish();
        moveStartBy(Duration.ofHours(1));
        publish();
        Session published = site.repositories().published().loginReadOnly(Workspaces.EVENTS);
        try {
            Node event = published.getNodeByIdentifier(id);
            assertThat(event.getProperty(NodeTypes.CALENDAR_SEQUENCE).getLong()).isEqualTo(1);
            assertThat(event.hasProperty(NodeTypes.PUBLISHED_TIMING)).isFalse();
        } finally {
            published.logout();
        }
        assertThat(site.get("/events.ics?from=2017-10-10&to=2017-10-10").text()).contains("\r\nSEQUENCE:1\r\n");
    }

    /** A change of an author event, unsaved. */
    @FunctionalInterface
    interface Edit {
        void apply(Node event) throws RepositoryException;
    }

    /** Edits the event as the editor does: change, stamp, save, then version. */
    private void edit(Edit change) throws Exception {
        Session session = site.repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = session.getNodeByIdentifier(id);
            change.apply(event);
            new ContentStamps(site.clock()).modified(event, "eric");
            session.save();
            history().versionAfterSave(event, "eric");
        } finally {
            session.logout();
        }
        site.clock().advance(Duration.ofMinutes(1));
    }

    private void moveStartBy(Duration shift) throws Exception {
        edit(event -> {
            shift(event, EventProperties.START_DATE, shift);
            shift(event, EventProperties.END_DATE, shift);
        });
    }

    private static void shift(Node event, String property, Duration shift) throws RepositoryException {
        ZonedDateTime value = event.getProperty(property).getDate().toInstant().atZone(ZoneId.of("Europe/Paris"));
        event.setProperty(property, GregorianCalendar.from(value.plus(shift)));
    }

    private static GregorianCalendar at(String zoned) {
        return GregorianCalendar.from(ZonedDateTime.parse(zoned));
    }

    private void publish() throws Exception {
        site.runtime().get(Publisher.class).publish(Workspaces.EVENTS, List.of(id), "peter");
    }

    private void unpublish() throws Exception {
        site.runtime().get(Publisher.class).unpublish(Workspaces.EVENTS, id, "peter");
    }

    /** Imports the fixture under this test's name, so a second import updates the same event. */
    private String importFixture(boolean publish) throws Exception {
        try (InputStream in = EventIcsSequenceTest.class.getResourceAsStream(FIXTURE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("sequence-event", name);
            return site.runtime().get(ImportService.class).importEvents(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FIXTURE, publish, "test")
                    .get(0);
        }
    }

    private static EventHistory history() throws Exception {
        return site.runtime().get(EventHistory.class);
    }

    private long authorSequence() throws Exception {
        Session session = site.repositories().author().login(Workspaces.EVENTS);
        try {
            return session.getNodeByIdentifier(id).getProperty(NodeTypes.CALENDAR_SEQUENCE).getLong();
        } finally {
            session.logout();
        }
    }

    private int sequence() throws Exception {
        return Integer.parseInt(property(Property.SEQUENCE));
    }

    private String summary() throws Exception {
        return property(Property.SUMMARY);
    }

    private String property(String property) throws Exception {
        SiteResponse response = site.get("/events/" + name + ".ics");
        assertThat(response.status()).isEqualTo(200);
        VEvent event = StrictIcs.parseValidated(response.body()).<VEvent>getComponents(VEvent.VEVENT).get(0);
        return event.getProperty(property).orElseThrow().getValue();
    }
}

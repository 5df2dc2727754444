package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.events.publish.ImportService;
import dev.events.testing.SeedSite;
import dev.events.testing.TestSite;

/** Importing events: every problem named by event and field, and a refused file writes nothing. */
class EventImportTest {

    @RegisterExtension
    static final SeedSite SEED = new SeedSite();

    @Test
    void everyInvalidEventIsNamedWithItsField() {
        assertThatThrownBy(() -> SEED.site().importEvents("/import/invalid-events.json", true))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().stream()
                        .map(ImportProblem::toString).toList()).containsExactly(
                        "event #2 'no-title': field 'title': required",
                        "event #3 'bad-date': field 'startDate': not a date: \"2030-13-01\"; use 2017-10-05, "
                                + "2017-10-05T13:00 (wall time in the event's timeZone) or 2017-10-05T13:00:00+02:00",
                        "event #4 'end-before-start': field 'endDate': is before startDate",
                        "event #5 'bad-zone': field 'timeZone': not an IANA time zone id: \"Europe/Pariss\" (e.g. Europe/Paris)",
                        "event #6 'typo': field 'titel': unknown field; the event content type has [title, subtitle, "
                                + "startDate, endDate, allDay, timeZone, location, venue, room, city, country, onlineUrl, "
                                + "latitude, longitude, teaser, body, image, links, categories, status, "
                                + "previousStartDate, organizerName, organizerUrl, organizerEmail, price, priceCurrency, "
                                + "registrationUrl, offerValidFrom, published] (translations of i18n "
                                + "fields as name_fr)",
                        "event #7 'Bad Name!': field 'name': must be lower-case letters, digits and hyphens, e.g. \"my-event-2017\"",
                        "event #8 'valid-one': field 'name': appears twice in the file",
                        "event #9 'bad-status': field 'status': must be one of [scheduled, cancelled, postponed, rescheduled, movedOnline]",
                        "event #10 'bad-country': field 'country': not an ISO 3166 alpha-2 country code: \"XX\"",
                        "event #11 'bad-link': field 'links[0].href': must be a path on this site (/...) or an http(s) or mailto URL",
                        "event #12 'bad-categories': field 'categories': must be an array of strings",
                        "event #13 'bad-all-day': field 'allDay': must be true or false",
                        "event #14 'unknown-language': field 'title_de': unknown field; the event content type has "
                                + "[title, subtitle, startDate, endDate, allDay, timeZone, location, venue, room, city, "
                                + "country, onlineUrl, latitude, longitude, teaser, body, image, links, categories, status, previousStartDate, organizerName, organizerUrl, organizerEmail, price, priceCurrency, registrationUrl, offerValidFrom, published] "
                                + "(translations of i18n fields as name_fr)",
                        "event #15 'untranslatable': field 'city_fr': unknown field; the event content type has "
                                + "[title, subtitle, startDate, endDate, allDay, timeZone, location, venue, room, city, "
                                + "country, onlineUrl, latitude, longitude, teaser, body, image, links, categories, status, previousStartDate, organizerName, organizerUrl, organizerEmail, price, priceCurrency, registrationUrl, offerValidFrom, published] "
                                + "(translations of i18n fields as name_fr)",
                        "event #16 'no-zone': field 'timeZone': required",
                        "event #17: an event must be a JSON object"));
    }

    @Test
    void aRefusedFileWritesNothingToAuthorOrPublic() throws Exception {
        List<String> authorBefore = eventNames(SEED.site().repositories().author());
        List<String> publicBefore = eventNames(SEED.site().repositories().published());
        assertThatThrownBy(() -> SEED.site().importEvents("/import/invalid-events.json", true))
                .isInstanceOf(ImportException.class);
        assertThat(eventNames(SEED.site().repositories().author())).isEqualTo(authorBefore).hasSize(10);
        assertThat(eventNames(SEED.site().repositories().published())).isEqualTo(publicBefore).hasSize(10);
        assertThat(SEED.site().get("/events/valid-one").status()).isEqualTo(404);
    }

    @Test
    void impossibleTimesMixedDateFormsAndOffSiteLinksAreRefused() {
        assertThatThrownBy(() -> SEED.site().importEvents("/import/invalid-dates-and-links.json", true))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().stream()
                        .map(ImportProblem::toString).toList()).containsExactly(
                        "event #1 'clocks-forward': field 'startDate': 02:30 does not exist in Europe/Paris on "
                                + "2017-03-26 (the clocks go forward then)",
                        "event #2 'mixed-forms': field 'endDate': is a time while startDate is a date only; "
                                + "give both the same form",
                        "event #3 'other-host': field 'links[0].href': must be a path on this site (/...) or an "
                                + "http(s) or mailto URL",
                        "event #4 'date-as-number': field 'startDate': must be a string; use 2017-10-05, "
                                + "2017-10-05T13:00 (wall time in the event's timeZone) or 2017-10-05T13:00:00+02:00",
                        "event #5 'bad-online': field 'onlineUrl': must be a web address starting with https:// "
                                + "or http://"));
    }

    @Test
    void badPricesAddressesCoordinatesAndPreviousStartsAreRefused() {
        assertThatThrownBy(() -> SEED.site().importEvents("/import/invalid-details.json", true))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems().stream()
                        .map(ImportProblem::toString).toList()).containsExactly(
                        "event #1 'bad-price': field 'price': must be a decimal number such as 25 or 12.50, "
                                + "not \"12,50\"",
                        "event #1 'bad-price': field 'priceCurrency': not an ISO 4217 currency code: \"EURO\" "
                                + "(e.g. EUR)",
                        "event #2 'price-alone': field 'priceCurrency': required with a price",
                        "event #3 'bad-organizer': field 'organizerUrl': must be a web address starting with "
                                + "https:// or http://",
                        "event #3 'bad-organizer': field 'registrationUrl': must be a web address starting with "
                                + "https:// or http://",
                        "event #3 'bad-organizer': field 'organizerEmail': not an e-mail address: "
                                + "\"events at example.org\"",
                        "event #4 'bad-place': field 'longitude': must be a decimal number, e.g. 34.7108",
                        "event #4 'bad-place': field 'latitude': must be between -90 and 90",
                        "event #5 'half-place': field 'longitude': required with the other coordinate",
                        "event #6 'not-moved': field 'previousStartDate': only for a rescheduled or postponed "
                                + "event"));
    }

    @Test
    void detailsAreStoredWithTheirTypes() throws Exception {
        SEED.site().importEvents("/import/event-details.json", false);
        Session events = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            Node event = EventLookup.byName(events, "moved-congress").orElseThrow();
            assertThat(event.getProperty("latitude").getType()).isEqualTo(javax.jcr.PropertyType.DOUBLE);
            assertThat(event.getProperty("longitude").getDouble()).isEqualTo(137.7261);
            assertThat(event.getProperty("previousStartDate").getString()).startsWith("2030-03-06T09:30:00.000+09:00");
            assertThat(event.getProperty("price").getString()).isEqualTo("120.50");
            event.remove(); // the other tests count the seed's events
            events.save();
        } finally {
            events.logout();
        }
    }

    @Test
    void overlongFieldsAreRefused() {
        String json = "{\"events\": [{\"name\": \"long\", \"title\": \"" + "x".repeat(1001)
                + "\", \"startDate\": \"2030-01-01\", \"timeZone\": \"UTC\", \"teaser\": \""
                + "y".repeat(5001) + "\"}]}";
        assertThatThrownBy(() -> importJson(json)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.problems().stream().map(ImportProblem::toString).toList()).containsExactly(
                        "event #1 'long': field 'title': is longer than 1000 characters",
                        "event #1 'long': field 'teaser': is longer than 5000 characters"));
    }

    @Test
    void reimportingAPublishedEventKeepsItsFirstPublicationTime() throws Exception {
        String before = firstPublication("world-refugee-day-2017");
        SEED.site().importEvents("/import/world-refugee-day-corrected.json", true);
        assertThat(firstPublication("world-refugee-day-2017")).isEqualTo(before);
        assertThat(SEED.site().get("/events/world-refugee-day-2017").text()).contains("Corrected teaser.");
        SEED.site().importEvents(TestSite.SEED_FIXTURE, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"events\": []} trailing | not valid JSON",
        "{\"events\": [ | not valid JSON at line 1, column 13",
        "[] | not a JSON object",
        "{\"event\": []} | field 'event': unknown top-level key",
        "{\"events\": {}} | field 'events': the file must hold an"})
    void malformedFilesAreRefusedWithTheReason(String json, String expected) {
        assertThatThrownBy(() -> SEED.site().runtime().get(ImportService.class).importEvents(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json", false, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("bad.json").hasMessageContaining(expected);
    }

    @Test
    void reimportingUpdatesEventsInPlaceWithTheSameIdentifier() throws Exception {
        String before = identifier("world-refugee-day-2017");
        SEED.site().importEvents(TestSite.SEED_FIXTURE, false);
        assertThat(identifier("world-refugee-day-2017")).isEqualTo(before);
        assertThat(eventNames(SEED.site().repositories().author())).hasSize(10);
    }

    private static List<String> importJson(String json) throws Exception {
        return SEED.site().runtime().get(ImportService.class).importEvents(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json", false, "test");
    }

    private static String firstPublication(String name) throws Exception {
        Session session = SEED.site().repositories().published().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(session, name).orElseThrow().getProperty(EventProperties.PUBLISHED).getString();
        } finally {
            session.logout();
        }
    }

    private static String identifier(String name) throws Exception {
        Session session = SEED.site().repositories().author().login(Workspaces.EVENTS);
        try {
            return EventLookup.byName(session, name).orElseThrow().getIdentifier();
        } finally {
            session.logout();
        }
    }

    static List<String> eventNames(EmbeddedRepository repository) throws Exception {
        Session session = repository.login(Workspaces.EVENTS);
        try {
            javax.jcr.query.Query query = session.getWorkspace().getQueryManager()
                    .createQuery("/jcr:root//element(*, mgnl:content) order by @jcr:name", javax.jcr.query.Query.XPATH);
            List<String> names = new java.util.ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
                Node node = it.nextNode();
                names.add(node.getName());
            }
            return names;
        } finally {
            session.logout();
        }
    }
}

package dev.events.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;
import dev.events.content.Workspaces;
import dev.events.testing.TestSite;

/**
 * Query speed at scale, run on demand: {@code mvn -B -o test -Dtest=DeliveryScaleTest -Ddelivery.scale=100000}
 * writes that many generated events straight into the public repository (ten years, 20 categories, 50 cities)
 * and runs typical queries through the API: each must answer a list of results, and their times are printed
 * (median of five; on 2 shared cores 7 to 120 ms at 100,000 events, the most for {@code offset=1000}, as skipped
 * results are read too). Speed goals are checked by the {@code bench} command, never by assertions on time.
 */
@EnabledIfSystemProperty(named = "delivery.scale", matches = "\\d+")
class DeliveryScaleTest {

    private static final String[] QUERIES = {"orderBy=startDate%20asc",
        "startDate[gte]=2021-06-01&orderBy=startDate%20asc&limit=20",
        "startDate[lt]=2021-06-01&orderBy=startDate%20desc&limit=10&offset=1000",
        "categories=category-7&startDate[gte]=2020-01-01&orderBy=startDate",
        "status[ne]=cancelled&orderBy=mgnl:lastModified%20desc,startDate%20asc",
        "q=event%2012345&limit=10", "title[like]=event%201234", "city=city-3%7Ccity-4&orderBy=startDate%20desc",
        "startDate[in]=2019-03-01~2019-03-31&orderBy=startDate&lang=fr"};

    @Test
    void typicalQueriesAnswerAtScaleAndPrintTheirTimes() throws Exception {
        int count = Integer.getInteger("delivery.scale");
        try (TestSite site = TestSite.start()) {
            generate(site, count);
            DeliveryApi api = site.runtime().get(DeliveryServlet.class).api();
            for (String query : QUERIES) {
                List<Long> times = new ArrayList<>();
                DeliveryAnswer answer = null;
                for (int i = 0; i < 6; i++) {
                    long start = System.nanoTime();
                    answer = api.answer("/delivery/events", query, null);
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
                warm.sort(null);
                System.out.printf("%6d ms median (first %5d ms), %6d bytes: %s%n", warm.get(2), times.get(0),
                        answer.body().length, query);
                assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).as(query)
                        .contains("\"results\"");
            }
        }
    }

    private static void generate(TestSite site, int count) throws Exception {
        Random random = new Random(42);
        Session session = site.repositories().published().login(Workspaces.EVENTS);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
                when.setTimeInMillis(1_483_228_800_000L + (long) (random.nextDouble() * 10 * 365 * 86_400_000L));
                String year = String.valueOf(when.get(Calendar.YEAR));
                Node folder = session.getRootNode().hasNode(year) ? session.getRootNode().getNode(year)
                        : session.getRootNode().addNode(year, NodeTypes.FOLDER);
                Node event = folder.addNode("event-" + i, NodeTypes.CONTENT);
                event.setProperty(EventProperties.TITLE, "Event " + i);
                event.setProperty(EventProperties.TITLE + "_fr", "Événement " + i);
                event.setProperty(EventProperties.START_DATE, when);
                event.setProperty(EventProperties.TIME_ZONE, "Europe/Paris");
                event.setProperty(EventProperties.CITY, "city-" + random.nextInt(50));
                event.setProperty(EventProperties.CATEGORIES, new String[] {"category-" + random.nextInt(20)});
                event.setProperty(EventProperties.STATUS, random.nextInt(20) == 0 ? "cancelled" : "scheduled");
                event.setProperty(EventProperties.TEASER, "Teaser of event " + i + " in city-" + random.nextInt(50));
                event.setProperty(NodeTypes.LAST_MODIFIED, when);
                event.setProperty(NodeTypes.LAST_ACTIVATED, when);
                if (i % 1000 == 999) {
                    session.save();
                }
            }
            session.save();
            System.out.printf("%d events written in %d s%n", count, (System.nanoTime() - start) / 1_000_000_000);
        } finally {
            session.logout();
        }
    }
}

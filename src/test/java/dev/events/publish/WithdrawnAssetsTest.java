package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.events.content.AssetStore;
import dev.events.security.Role;
import dev.events.security.User;
import dev.events.site.PublicSite;
import dev.events.site.SiteResponse;
import dev.events.testing.TestSite;

/**
 * A file is published with the first event that uses it, and unpublished once no public event uses it any more: when
 * its events are unpublished, or republished with another image. Until then {@code /dam/jcr:<id>} keeps serving it.
 */
class WithdrawnAssetsTest {

    private static final User ERIC = new User("eric", Set.of(Role.EDITOR));
    private static final User PETER = new User("peter", Set.of(Role.PUBLISHER));

    private TestSite site;
    private WorkflowService workflow;
    private String poster;
    private String photo;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
        workflow = site.runtime().get(WorkflowService.class);
        AssetStore assets = site.runtime().get(AssetStore.class);
        poster = assets.store("poster.png", new ByteArrayInputStream(png(40)), "eric");
        photo = assets.store("photo.png", new ByteArrayInputStream(png(60)), "eric");
        importEvents(event("concert", poster), event("lecture", poster), event("fair", photo));
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void aFileStaysPublicWhileAnyPublicEventUsesItAndGoesWithTheLast() throws Exception {
        publish("concert");
        publish("lecture");
        assertThat(status(poster)).isEqualTo(200);

        unpublish("concert");
        assertThat(status(poster)).as("the lecture still shows it").isEqualTo(200);

        unpublish("lecture");
        assertThat(status(poster)).isEqualTo(404);
        assertThat(site.get("/events/lecture").status()).isEqualTo(404);
    }

    @Test
    void anImageReplacedByTheNextPublicationIsUnpublishedWithIt() throws Exception {
        publish("fair");
        assertThat(status(photo)).isEqualTo(200);

        importEvents(event("fair", poster));
        publish("fair");
        assertThat(status(poster)).isEqualTo(200);
        assertThat(status(photo)).isEqualTo(404);
    }

    @Test
    void aFileTheEditorStillUsesOnAuthorCanBePublishedAgain() throws Exception {
        publish("fair");
        unpublish("fair");
        assertThat(status(photo)).isEqualTo(404);
        publish("fair");
        assertThat(status(photo)).isEqualTo(200);
    }

    private void publish(String name) throws Exception {
        Task task = workflow.requestPublication(name, "", null, null, ERIC);
        workflow.claim(task.id(), PETER);
        assertThat(workflow.approve(task.id(), PETER).status()).isEqualTo(TaskStatus.DONE);
    }

    private void unpublish(String name) throws Exception {
        Task task = workflow.requestUnpublication(name, "", null, ERIC);
        workflow.claim(task.id(), PETER);
        assertThat(workflow.approve(task.id(), PETER).status()).isEqualTo(TaskStatus.DONE);
    }

    private int status(String key) throws Exception {
        return site.runtime().get(PublicSite.class).asset("/dam/" + key).map(SiteResponse::status).orElse(404);
    }

    private void importEvents(String... events) throws Exception {
        String json = "{\"events\": [" + String.join(", ", events) + "]}";
        site.runtime().get(ImportService.class).importEvents(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline", false, "eric");
    }

    private static String event(String name, String image) {
        return "{\"name\": \"" + name + "\", \"title\": \"" + name + "\", \"startDate\": \"2017-11-01\", "
                + "\"timeZone\": \"Europe/Paris\", \"image\": \"" + image + "\"}";
    }

    private static byte[] png(int width) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, 30, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}

package dev.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.events.testing.TestSite;

/** Uploads into the dam workspace: types from the bytes, size limits, safe names, and nothing written on refusal. */
class AssetStoreTest {

    private static final String ALLOWED = "allowed: PNG, JPEG, GIF, WebP images, PDF documents";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static TestSite site;
    private static AssetStore store;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start();
        store = site.runtime().get(AssetStore.class);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void storesAPngAndFindsItWithItsSizeAndDimensions() throws Exception {
        byte[] png = image("png", 40, 30);

        String key = store.store("Open Day.png", new ByteArrayInputStream(png), "editor");

        assertThat(AssetStore.isItemKey(key)).isTrue();
        Asset asset = store.find(key).orElseThrow();
        assertThat(asset.itemKey()).isEqualTo(key);
        assertThat(key).isEqualTo("jcr:" + asset.id());
        assertThat(asset.fileName()).isEqualTo("open-day.png");
        assertThat(asset.mimeType()).isEqualTo("image/png");
        assertThat(asset.size()).isEqualTo(png.length);
        assertThat(asset.width()).isEqualTo(40);
        assertThat(asset.height()).isEqualTo(30);
    }

    @Test
    void storesMagnoliasDamNodesInAFolderPerYearWithStamps() throws Exception {
        String key = store.store("stamped.png", new ByteArrayInputStream(image("png", 2, 2)), "editor");

        Session dam = site.repositories().author().login(Workspaces.DAM);
        try {
            Node asset = dam.getNodeByIdentifier(key.substring("jcr:".length()));
            assertThat(asset.getPath()).isEqualTo("/2017/stamped.png");
            assertThat(asset.getPrimaryNodeType().getName()).isEqualTo(NodeTypes.ASSET);
            assertThat(asset.getParent().getPrimaryNodeType().getName()).isEqualTo(NodeTypes.FOLDER);
            assertThat(asset.getProperty(NodeTypes.CREATED_BY).getString()).isEqualTo("editor");
            assertThat(asset.getProperty(NodeTypes.LAST_MODIFIED_BY).getString()).isEqualTo("editor");
            assertThat(asset.getProperty(NodeTypes.CREATED).getDate().toInstant())
                    .isEqualTo(TestSite.REFERENCE_NOW.toInstant());
            Node resource = asset.getNode("jcr:content");
            assertThat(resource.getPrimaryNodeType().getName()).isEqualTo(NodeTypes.RESOURCE);
            assertThat(resource.getProperty("extension").getString()).isEqualTo("png");
            assertThat(resource.getProperty("size").getType()).isEqualTo(javax.jcr.PropertyType.LONG);
            assertThat(resource.getProperty("jcr:lastModified").getDate()).isInstanceOf(Calendar.class);
        } finally {
            dam.logout();
        }
    }

    @Test
    void streamsBackTheIdenticalBytes() throws Exception {
        byte[] png = image("png", 64, 64);
        String key = store.store("round-trip.png", new ByteArrayInputStream(png), "editor");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(store.copyTo(key, out)).isTrue();

        assertThat(out.toByteArray()).isEqualTo(png);
    }

    @Test
    void streamsNothingForAnUnknownKey() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(store.copyTo("jcr:" + UUID.randomUUID(), out)).isFalse();
        assertThat(store.copyTo("../../etc/passwd", out)).isFalse();
        assertThat(out.size()).isZero();
    }

    @Test
    void acceptsAJpegWithItsDimensions() throws Exception {
        Asset asset = store.find(store.store("photo.jpeg", new ByteArrayInputStream(image("jpg", 12, 8)), "editor"))
                .orElseThrow();

        assertThat(asset.mimeType()).isEqualTo("image/jpeg");
        assertThat(asset.fileName()).isEqualTo("photo.jpeg");
        assertThat(asset.width()).isEqualTo(12);
        assertThat(asset.height()).isEqualTo(8);
    }

    @Test
    void acceptsAGif() throws Exception {
        Asset asset = store.find(store.store("anim.gif", new ByteArrayInputStream(image("gif", 5, 6)), "editor"))
                .orElseThrow();

        assertThat(asset.mimeType()).isEqualTo("image/gif");
        assertThat(asset.width()).isEqualTo(5);
    }

    @Test
    void acceptsAPdfWithoutDimensions() throws Exception {
        Asset asset = store.find(store.store("programme.pdf", new ByteArrayInputStream(PDF), "editor")).orElseThrow();

        assertThat(asset.mimeType()).isEqualTo("application/pdf");
        assertThat(asset.fileName()).isEqualTo("programme.pdf");
        assertThat(asset.size()).isEqualTo(PDF.length);
        assertThat(asset.width()).isNull();
        assertThat(asset.height()).isNull();
    }

    @Test
    void acceptsAWebpItCannotMeasureWithoutDimensions() throws Exception {
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0not really a picture".getBytes(StandardCharsets.ISO_8859_1);

        Asset asset = store.find(store.store("banner.webp", new ByteArrayInputStream(webp), "editor")).orElseThrow();

        assertThat(asset.mimeType()).isEqualTo("image/webp");
        assertThat(asset.width()).isNull();
        assertThat(asset.height()).isNull();
    }

    @Test
    void forcesTheExtensionOfTheTypeFoundInTheBytes() throws Exception {
        assertThat(store.find(store.store("photo.gif", new ByteArrayInputStream(image("png", 2, 2)), "editor"))
                .orElseThrow()).extracting(Asset::fileName, Asset::mimeType).containsExactly("photo.png", "image/png");
        assertThat(store.find(store.store("report", new ByteArrayInputStream(PDF), "editor"))
                .orElseThrow().fileName()).isEqualTo("report.pdf");
    }

    @Test
    void refusesHtmlNamedLikeAPng() throws Exception {
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertRefused("x.png", html, "type not allowed: an HTML page or script; " + ALLOWED);
    }

    @Test
    void refusesSvgAsItCanCarryScripts() throws Exception {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script>"
                + "</svg>").getBytes(StandardCharsets.UTF_8);

        assertRefused("logo.svg", svg, "type not allowed: an SVG image (SVG can carry scripts); " + ALLOWED);
    }

    @ParameterizedTest
    @CsvSource({
        "setup.png, 'MZ\u0090\0\u0003', an executable program",
        "run.pdf,   '\u007fELF\u0002\u0001', an executable program",
        "pics.png,  'PK\u0003\u0004\u0014\0', a ZIP archive or office document",
        "note.pdf,  'just some words', a text file",
        "empty.png, '', an empty file"})
    void refusesOtherTypesNamingThem(String name, String content, String described) throws Exception {
        assertRefused(name, content.getBytes(StandardCharsets.ISO_8859_1),
                "type not allowed: " + described + "; " + ALLOWED);
    }

    @Test
    void refusesAnOversizeImageWithoutReadingItAllAndWritesNothing() throws Exception {
        long before = damNodes();
        CountingStream upload = new CountingStream(image("png", 1, 1), 50L * 1024 * 1024);

        assertThatThrownBy(() -> store.store("huge.png", upload, "editor"))
                .isInstanceOf(AssetException.class)
                .hasMessage("file too large: more than 10 MB; images may be at most 10 MB, PDF documents 20 MB");

        assertThat(upload.read).isLessThanOrEqualTo(AssetType.IMAGE_LIMIT + 1 + Upload.SNIFF_LENGTH);
        assertThat(damNodes()).isEqualTo(before);
    }

    @Test
    void refusesAnOversizePdf() throws Exception {
        CountingStream upload = new CountingStream(PDF, AssetType.DOCUMENT_LIMIT + 1);

        assertThatThrownBy(() -> store.store("big.pdf", upload, "editor"))
                .isInstanceOf(AssetException.class).hasMessageStartingWith("file too large: more than 20 MB;");
    }

    @Test
    void readsOnlyTheFirstBytesOfAHugeFileOfARefusedType() throws Exception {
        CountingStream upload = new CountingStream("MZ".getBytes(StandardCharsets.US_ASCII), 50L * 1024 * 1024);

        assertThatThrownBy(() -> store.store("big.exe", upload, "editor")).isInstanceOf(AssetException.class);

        assertThat(upload.read).isLessThanOrEqualTo(Upload.SNIFF_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "../../etc/passwd.png,     passwd.png",
        "'C:\\x\\y.PNG',           y.png",
        "'Été 2026 (final)!!.png', ete-2026-final.png",
        ".htaccess,                htaccess.png",
        "...png,                   file.png",
        "'/',                      file.png",
        "'a b\u0000c.png',         a-b-c.png"})
    void makesFileNamesSafe(String given, String safe) throws Exception {
        String key = store.store(given, new ByteArrayInputStream(image("png", 1, 1)), "editor");

        assertThat(store.find(key).orElseThrow().fileName()).isEqualTo(safe);
        assertThat(path(key)).startsWith("/2017/").doesNotContain("..");
    }

    @Test
    void givesTheSameNameTwiceTwoAssets() throws Exception {
        String first = store.store("twice.png", new ByteArrayInputStream(image("png", 1, 1)), "editor");
        String second = store.store("twice.png", new ByteArrayInputStream(image("png", 2, 2)), "editor");
        String third = store.store("twice.png", new ByteArrayInputStream(image("png", 3, 3)), "editor");

        assertThat(first).isNotEqualTo(second);
        assertThat(path(first)).isEqualTo("/2017/twice.png");
        assertThat(path(second)).isEqualTo("/2017/twice-2.png");
        assertThat(path(third)).isEqualTo("/2017/twice-3.png");
        assertThat(store.find(second).orElseThrow().width()).isEqualTo(2);
    }

    @Test
    void storesInTheYearOfTheClock() throws Exception {
        site.clock().set(java.time.Instant.parse("2026-03-01T10:00:00Z"));
        try {
            String key = store.store("open-day.png", new ByteArrayInputStream(image("png", 1, 1)), "editor");
            assertThat(path(key)).isEqualTo("/2026/open-day.png");
        } finally {
            site.clock().set(TestSite.REFERENCE_NOW.toInstant());
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"jcr:", "jcr:nope", "jcr:../../x", "' or 1=1 --", "12345678-1234-1234-1234-123456789abc",
        "jcr:12345678-1234-1234-1234-123456789abc", "jcr:12345678-1234-1234-1234-123456789abcd", "/2017/x.png"})
    void findsNothingForGarbageOrUnknownKeys(String key) {
        assertThat(store.find(key)).isEmpty();
    }

    @Test
    void findsNothingForAFolderKey() throws Exception {
        String key = store.store("in-folder.png", new ByteArrayInputStream(image("png", 1, 1)), "editor");
        Session dam = site.repositories().author().login(Workspaces.DAM);
        try {
            String folder = dam.getNodeByIdentifier(key.substring(4)).getParent().getIdentifier();
            assertThat(store.find("jcr:" + folder)).isEmpty();
        } finally {
            dam.logout();
        }
    }

    @Test
    void recognisesItemKeys() {
        assertThat(AssetStore.isItemKey("jcr:" + UUID.randomUUID())).isTrue();
        assertThat(AssetStore.isItemKey("jcr:" + UUID.randomUUID().toString().toUpperCase())).isTrue();
        assertThat(AssetStore.isItemKey(UUID.randomUUID().toString())).isFalse();
        assertThat(AssetStore.isItemKey("jcr:/2017/x.png")).isFalse();
        assertThat(AssetStore.isItemKey(null)).isFalse();
    }

    private static void assertRefused(String name, byte[] content, String message) throws Exception {
        long before = damNodes();

        assertThatThrownBy(() -> store.store(name, new ByteArrayInputStream(content), "editor"))
                .isInstanceOf(AssetException.class).hasMessage(message);

        assertThat(damNodes()).isEqualTo(before);
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
        return out.toByteArray();
    }

    private static String path(String key) throws Exception {
        Session dam = site.repositories().author().login(Workspaces.DAM);
        try {
            return dam.getNodeByIdentifier(key.substring("jcr:".length())).getPath();
        } finally {
            dam.logout();
        }
    }

    private static long damNodes() throws Exception {
        Session dam = site.repositories().author().login(Workspaces.DAM);
        try {
            return count(dam.getRootNode());
        } finally {
            dam.logout();
        }
    }

    private static long count(Node node) throws Exception {
        long n = 1;
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            n += child.getName().equals("jcr:system") ? 0 : count(child);
        }
        return n;
    }

    /** A stream of {@code length} bytes starting with {@code head}, then zeros, that counts what is read of it. */
    private static final class CountingStream extends InputStream {

        private final byte[] head;
        private final long length;
        long read;

        CountingStream(byte[] head, long length) {
            this.head = head;
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            int b = read < head.length ? head[(int) read] & 0xff : 0;
            read++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = read + i < head.length ? head[(int) (read + i)] : 0;
            }
            read += n;
            return n;
        }
    }
}

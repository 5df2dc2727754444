package dev.events.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.jcr.Binary;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The asset store behind {@code damLinkField}: uploads (images and PDF attachments) stored as binaries in the
 * author repository's {@code dam} workspace, as Magnolia's DAM does: an {@code mgnl:asset} in a folder per year
 * ({@code /2026/open-day.png}) with a {@code jcr:content} child of {@code mgnl:resource}. Content refers to an
 * asset by its item key {@code jcr:<identifier>}.
 *
 * <p>The type is recognised from the bytes only (see {@link AssetType}), never from the name or the client's
 * content type; sizes are limited per type, and an oversize upload is not read beyond its limit.
 */
public final class AssetStore {

    /** The child node holding the binary and its metadata. */
    public static final String CONTENT = "jcr:content";
    static final String DATA = "jcr:data";
    static final String MIME_TYPE = "jcr:mimeType";
    static final String LAST_MODIFIED = "jcr:lastModified";
    static final String FILE_NAME = "fileName";
    static final String EXTENSION = "extension";
    static final String SIZE = "size";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";

    private static final String KEY_PREFIX = "jcr:";
    private static final Pattern ITEM_KEY = Pattern.compile(
            "jcr:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Repositories repositories;
    private final Clock clock;
    private final ContentStamps stamps;

    /** @param clock the time of {@code mgnl:created}, {@code jcr:lastModified} and the year folder */
    public AssetStore(Repositories repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
        this.stamps = new ContentStamps(clock);
    }

    /** @return whether {@code value} is an asset item key: {@code jcr:} and a UUID */
    public static boolean isItemKey(String value) {
        return value != null && ITEM_KEY.matcher(value).matches();
    }

    /**
     * Stores an upload, in one save; on any failure nothing is written. Does not close {@code data}.
     *
     * @param fileName the name the client gave, reduced to a safe one with the extension of the detected type
     * @param user     the editor, for {@code mgnl:createdBy}
     * @return the new asset's item key, {@code jcr:<identifier>}
     * @throws AssetException the type is not allowed, the file is too large or the upload could not be read
     */
    public String store(String fileName, InputStream data, String user) throws AssetException {
        Upload upload = Upload.read(data);
        String name = AssetNames.safe(fileName, upload.type());
        Optional<ImageSize> size = upload.type().isImage() ? ImageSize.of(upload.bytes()) : Optional.empty();
        try {
            return write(name, upload, size, user);
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot store " + name + " in the dam workspace", e);
        }
    }

    /** @return the asset of an item key; empty when the key is malformed or names no asset */
    public Optional<Asset> find(String itemKey) {
        return find(repositories.author(), itemKey);
    }

    /** @return the asset as published on the public repository, for visitors */
    public Optional<Asset> findPublished(String itemKey) {
        return find(repositories.published(), itemKey);
    }

    /** Writes a published asset's bytes to {@code out}; false when it is not published. */
    public boolean copyPublishedTo(String itemKey, OutputStream out) throws IOException {
        return copyTo(repositories.published(), itemKey, out);
    }

    private static Optional<Asset> find(EmbeddedRepository repository, String itemKey) {
        if (!isItemKey(itemKey)) {
            return Optional.empty();
        }
        try {
            Session dam = repository.loginReadOnly(Workspaces.DAM);
            try {
                return node(dam, itemKey).map(AssetStore::asset);
            } finally {
                dam.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot read asset " + itemKey, e);
        }
    }

    /**
     * Writes an asset's bytes to {@code out} (which stays open), for serving it.
     *
     * @return false, writing nothing, when the key is malformed or names no asset
     */
    public boolean copyTo(String itemKey, OutputStream out) throws IOException {
        return copyTo(repositories.author(), itemKey, out);
    }

    private static boolean copyTo(EmbeddedRepository repository, String itemKey, OutputStream out)
            throws IOException {
        if (!isItemKey(itemKey)) {
            return false;
        }
        try {
            Session dam = repository.loginReadOnly(Workspaces.DAM);
            try {
                Optional<Node> asset = node(dam, itemKey);
                return asset.isPresent() && copy(asset.get().getNode(CONTENT), out);
            } finally {
                dam.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("Cannot read asset " + itemKey, e);
        }
    }

    private static boolean copy(Node resource, OutputStream out) throws RepositoryException, IOException {
        Binary binary = resource.getProperty(DATA).getBinary();
        try (InputStream in = binary.getStream()) {
            in.transferTo(out);
            return true;
        } finally {
            binary.dispose();
        }
    }

    private static Optional<Node> node(Session dam, String itemKey) throws RepositoryException {
        try {
            Node node = dam.getNodeByIdentifier(itemKey.substring(KEY_PREFIX.length()).toLowerCase(Locale.ROOT));
            return node.isNodeType(NodeTypes.ASSET) && node.hasNode(CONTENT) ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Asset asset(Node node) {
        try {
            Node resource = node.getNode(CONTENT);
            return new Asset(KEY_PREFIX + node.getIdentifier(), node.getIdentifier(),
                    resource.getProperty(FILE_NAME).getString(), resource.getProperty(MIME_TYPE).getString(),
                    resource.getProperty(SIZE).getLong(), integer(resource, WIDTH), integer(resource, HEIGHT));
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer integer(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? Math.toIntExact(node.getProperty(name).getLong()) : null;
    }

    /** Synchronized so that two uploads of one name cannot both take it (folders allow same-name siblings). */
    private synchronized String write(String name, Upload upload, Optional<ImageSize> size, String user)
            throws RepositoryException {
        Session dam = repositories.author().login(Workspaces.DAM);
        try {
            Node folder = yearFolder(dam, user);
            Node asset = stamps.created(folder.addNode(unique(folder, name), NodeTypes.ASSET), user);
            Binary binary = dam.getValueFactory().createBinary(new ByteArrayInputStream(upload.bytes()));
            try {
                writeResource(asset.addNode(CONTENT, NodeTypes.RESOURCE), name, upload, binary, size);
                dam.save();
            } finally {
                binary.dispose();
            }
            return KEY_PREFIX + asset.getIdentifier();
        } finally {
            dam.logout();
        }
    }

    private void writeResource(Node resource, String name, Upload upload, Binary binary, Optional<ImageSize> size)
            throws RepositoryException {
        resource.setProperty(DATA, binary);
        resource.setProperty(MIME_TYPE, upload.type().mimeType());
        resource.setProperty(LAST_MODIFIED, now());
        resource.setProperty(FILE_NAME, name);
        resource.setProperty(EXTENSION, name.substring(name.lastIndexOf('.') + 1));
        resource.setProperty(SIZE, (long) upload.bytes().length);
        if (size.isPresent()) {
            resource.setProperty(WIDTH, (long) size.get().width());
            resource.setProperty(HEIGHT, (long) size.get().height());
        }
    }

    private Node yearFolder(Session dam, String user) throws RepositoryException {
        String year = String.valueOf(clock.instant().atZone(clock.getZone()).getYear());
        Node root = dam.getRootNode();
        return root.hasNode(year) ? root.getNode(year) : stamps.created(root.addNode(year, NodeTypes.FOLDER), user);
    }

    /** @return {@code name}, or {@code name-2.ext}, {@code name-3.ext} ... when the folder has it already */
    static String unique(Node folder, String name) throws RepositoryException {
        int dot = name.lastIndexOf('.');
        String candidate = name;
        for (int n = 2; folder.hasNode(candidate); n++) {
            candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
        }
        return candidate;
    }

    private Calendar now() {
        return GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
    }
}

package dev.events.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/**
 * The state of events before a bulk write changed them, in a temporary file (an import may update 100,000
 * events): what {@link EventWriter} replaces, namely the event's own properties (names without a namespace),
 * {@code mgnl:lastModified(By)} and its {@code links}, each with its type. {@link #restore} puts them back.
 */
final class UndoLog implements AutoCloseable {

    private static final List<String> STAMPS = List.of(NodeTypes.LAST_MODIFIED, NodeTypes.LAST_MODIFIED_BY);
    private static final int SAVE_EVERY = EventWriter.BATCH;

    private final Path file;
    private final DataOutputStream out;

    private UndoLog(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    static UndoLog create() throws IOException {
        return new UndoLog(Files.createTempFile("events-import-undo", ".bin"));
    }

    /** Keeps the state of an event before it is changed. */
    void keep(Node event) throws RepositoryException {
        try {
            text(event.getIdentifier());
            properties(event, true);
            boolean hasLinks = event.hasNode(EventProperties.LINKS);
            out.writeBoolean(hasLinks);
            if (hasLinks) {
                Node field = event.getNode(EventProperties.LINKS);
                properties(field, false);
                List<Node> links = new ArrayList<>();
                for (NodeIterator it = field.getNodes(); it.hasNext();) {
                    links.add(it.nextNode());
                }
                out.writeInt(links.size());
                for (Node link : links) {
                    text(link.getName());
                    properties(link, false);
                }
            }
        } catch (IOException e) {
            throw new RepositoryException("Cannot keep the state of " + event.getPath() + " aside: " + e, e);
        }
    }

    /** @param own true: the event's own properties and stamps; false: every property but {@code jcr:*} */
    private void properties(Node node, boolean own) throws RepositoryException, IOException {
        List<Property> kept = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (own ? !p.getName().contains(":") || STAMPS.contains(p.getName()) : !p.getName().startsWith("jcr:")) {
                kept.add(p);
            }
        }
        out.writeInt(kept.size());
        for (Property p : kept) {
            text(p.getName());
            out.writeInt(p.getType());
            Value[] values = p.isMultiple() ? p.getValues() : new Value[] {p.getValue()};
            out.writeInt(p.isMultiple() ? values.length : -1);
            for (Value value : values) {
                text(value.getString());
            }
        }
    }

    private void text(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Puts every kept event back as it was, saving every {@value #SAVE_EVERY}. */
    void restore(Session events) throws IOException, RepositoryException {
        out.close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int restored = 0;
            while (in.available() > 0) {
                restoreOne(events, in);
                if (++restored % SAVE_EVERY == 0) {
                    events.save();
                }
            }
            events.save();
        }
    }

    private static void restoreOne(Session events, DataInputStream in) throws IOException, RepositoryException {
        Node event = events.getNodeByIdentifier(text(in));
        for (PropertyIterator it = event.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            if (!p.getName().contains(":")) {
                p.remove();
            }
        }
        if (event.hasNode(EventProperties.LINKS)) {
            event.getNode(EventProperties.LINKS).remove();
        }
        setProperties(event, in);
        if (in.readBoolean()) {
            Node field = event.addNode(EventProperties.LINKS, NodeTypes.CONTENT_NODE);
            setProperties(field, in);
            int links = in.readInt();
            for (int i = 0; i < links; i++) {
                setProperties(field.addNode(text(in), NodeTypes.CONTENT_NODE), in);
            }
        }
    }

    private static void setProperties(Node node, DataInputStream in) throws IOException, RepositoryException {
        ValueFactory factory = node.getSession().getValueFactory();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = text(in);
            int type = in.readInt();
            int size = in.readInt();
            Value[] values = new Value[Math.max(size, 1)];
            for (int v = 0; v < values.length; v++) {
                values[v] = factory.createValue(text(in), type);
            }
            if (size < 0) {
                node.setProperty(name, values[0]);
            } else {
                node.setProperty(name, values);
            }
        }
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Removes these nodes where they still exist, saving every {@value #SAVE_EVERY}. */
    static void removeAll(Session events, List<String> ids) throws RepositoryException {
        for (int i = 0; i < ids.size(); i++) {
            try {
                events.getNodeByIdentifier(ids.get(i)).remove();
            } catch (ItemNotFoundException gone) {
                // removed by someone else meanwhile
            }
            if ((i + 1) % SAVE_EVERY == 0) {
                events.save();
            }
        }
        events.save();
    }

    /** Deletes the file. */
    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}

package dev.events.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.apache.jackrabbit.util.ISO8601;

/**
 * What tells whether a {@link CatalogFile} still describes the public events: how many there are and when the
 * latest of them was published. A publication stamps the events it copies with its time, an unpublication
 * removes events: either changes the fingerprint. Checking it costs the child counts of the folders and two
 * queries on the publication time that stop at their first hit, not a read of every event (nor the sort of
 * them all that a query "latest first" would cost on a cold index).
 *
 * @param count         how many events
 * @param lastPublished the latest {@code mgnl:lastActivated} among them, or null
 */
record CatalogFingerprint(int count, Instant lastPublished) {

    /** @return true when the workspace has as many events, the latest published at that time and none since */
    boolean matches(Session session) throws RepositoryException {
        if (count(session.getRootNode()) != count) {
            return false;
        }
        if (lastPublished == null) {
            return count == 0;
        }
        String time = "xs:dateTime('" + ISO8601.format(GregorianCalendar.from(lastPublished.atZone(ZoneOffset.UTC)))
                + "')";
        return !any(session, "> " + time) && any(session, "= " + time);
    }

    /** @return the later of two publication times, either may be null */
    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /**
     * @return the events of the root and of its folders, counting a folder's children from the folder alone,
     *         without reading them; a workspace holding anything else there (subfolders) never matches a catalog,
     *         which is then read event by event
     */
    private static long count(Node root) throws RepositoryException {
        long count = 0;
        for (NodeIterator it = root.getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (node.isNodeType(NodeTypes.FOLDER)) {
                count += node.getNodes().getSize();
            } else if (node.isNodeType(NodeTypes.CONTENT)) {
                count++;
            }
        }
        return count;
    }

    private static boolean any(Session session, String comparison) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery("/jcr:root//element(*, "
                + NodeTypes.CONTENT + ")[@" + NodeTypes.LAST_ACTIVATED + " " + comparison + "]", Query.XPATH);
        query.setLimit(1);
        return query.execute().getNodes().hasNext();
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(count);
        out.writeLong(lastPublished == null ? Long.MIN_VALUE : lastPublished.toEpochMilli());
    }

    static CatalogFingerprint read(DataInputStream in) throws IOException {
        int count = in.readInt();
        long millis = in.readLong();
        return new CatalogFingerprint(count, millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis));
    }
}

package dev.events.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;

/**
 * Registers Magnolia's node types (a CND file) when they differ from those this repository registered last, updating
 * those of an earlier release: Jackrabbit accepts trivial changes (such as a new residual property definition) and
 * refuses, naming them, changes that existing content might violate, which then stop the start. The SHA-256 of the
 * CND registered last is kept in the default workspace ({@value #MARKER}). Registering on every start, as before,
 * made every other node of a public cluster reload the types from the journal whenever one node started, and
 * their visitors' requests failed meanwhile (NoSuchNodeTypeException, 500).
 */
final class NodeTypeRegistration {

    /** The node of the default workspace that remembers the CND registered last. */
    static final String MARKER = "events-node-types";
    static final String DIGEST = "sha256";

    private NodeTypeRegistration() {
    }

    /** Registers the node types unless this very CND was registered last; @return whether it registered them */
    static boolean ensure(Session session, URL cnd) throws RepositoryException {
        byte[] bytes = read(cnd);
        String digest = sha256(bytes);
        Node root = session.getRootNode();
        Node marker = root.hasNode(MARKER) ? root.getNode(MARKER) : null;
        if (marker != null && marker.hasProperty(DIGEST) && marker.getProperty(DIGEST).getString().equals(digest)) {
            return false;
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, session, true);
        } catch (IOException | ParseException e) {
            throw new RepositoryException("Cannot register Magnolia's node types: " + e.getMessage(), e);
        }
        (marker != null ? marker : root.addNode(MARKER, "nt:unstructured")).setProperty(DIGEST, digest);
        session.save();
        return true;
    }

    private static byte[] read(URL cnd) throws RepositoryException {
        try (InputStream in = cnd.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RepositoryException("Cannot read Magnolia's node types " + cnd + ": " + e, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

package dev.events.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Writes content as JCR system-view XML (binaries inline, base64), which every JCR repository and Magnolia's import
 * read. A workspace is written one file per top-level node, named as Magnolia names its bootstrap files
 * ({@code events.2017.xml}: the workspace, then the path with dots): a file per workspace would hold the root node,
 * which no repository imports over its own. Left out: {@code jcr:system}, which every workspace shares and nobody
 * may import, and Jackrabbit's own nodes such as the access control policy {@code rep:policy}.
 */
final class SystemViewFile {

    private SystemViewFile() {
    }

    /** Writes each top-level node of the workspace of {@code session} into {@code folder}. */
    static void writeWorkspace(Session session, Path folder) throws RepositoryException, IOException {
        String workspace = session.getWorkspace().getName();
        for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (!node.getName().contains(":")) {
                String name = node.getName() + (node.getIndex() > 1 ? "[" + node.getIndex() + "]" : "");
                write(session, node.getPath(), folder.resolve(workspace + "." + name + ".xml"));
            }
        }
    }

    /** Writes the subtree at {@code path} into {@code file}. */
    static void write(Session session, String path, Path file) throws RepositoryException, IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            session.exportSystemView(path, out, false, false);
        }
    }
}

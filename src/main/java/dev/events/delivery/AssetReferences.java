package dev.events.delivery;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.events.content.Asset;
import dev.events.content.AssetStore;
import dev.events.content.NodeTypes;
import dev.events.definition.RestEndpointDefinition.Reference;

/**
 * Expands asset references ({@code image: jcr:<uuid>}) as Magnolia's asset reference resolver does: the asset's
 * {@code @name}, {@code @path}, {@code @id} (the item key), {@code @link} (its public address) and
 * {@code metadata}. Only published assets are expanded, from the public {@code dam} workspace; a reference to
 * anything else is served as stored. One instance serves one request (it holds the request's session).
 */
final class AssetReferences {

    private final List<Reference> references;
    private final Session dam;
    private final AssetStore assets;

    /**
     * @param references the endpoint's asset references
     * @param dam        a read-only session on the public {@code dam} workspace, logged out by the caller
     */
    AssetReferences(List<Reference> references, Session dam, AssetStore assets) {
        this.references = references;
        this.dam = dam;
        this.assets = assets;
    }

    /** @return the reference definition that applies to a property of a node, if any */
    Optional<Reference> of(Node node, String property) throws RepositoryException {
        for (Reference reference : references) {
            if (property.matches(reference.propertyName())
                    && (reference.nodeType() == null || node.isNodeType(reference.nodeType()))) {
                return Optional.of(reference);
            }
        }
        return Optional.empty();
    }

    /** Writes the asset a value refers to; false, writing nothing, when it names no published asset. */
    boolean write(String value, Reference reference, JsonGenerator json) throws RepositoryException, IOException {
        Optional<Node> node = node(value);
        Optional<Asset> asset = node.isPresent() ? assets.findPublished(value) : Optional.empty();
        if (!reference.expand() || asset.isEmpty()) {
            return false;
        }
        json.writeStartObject();
        json.writeStringField("@name", node.get().getName());
        json.writeStringField("@path", node.get().getPath());
        json.writeStringField("@id", asset.get().itemKey());
        if (reference.downloadLink()) {
            json.writeStringField("@link", "/dam/" + asset.get().itemKey() + "/" + asset.get().fileName());
        }
        if (reference.assetMetadata()) {
            metadata(asset.get(), json);
        }
        json.writeEndObject();
        return true;
    }

    /** Magnolia serves asset metadata as text. */
    private static void metadata(Asset asset, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeStringField("fileName", asset.fileName());
        json.writeStringField("mimeType", asset.mimeType());
        json.writeStringField("fileSize", String.valueOf(asset.size()));
        if (asset.width() != null && asset.height() != null) {
            json.writeStringField("width", String.valueOf(asset.width()));
            json.writeStringField("height", String.valueOf(asset.height()));
        }
        json.writeEndObject();
    }

    private Optional<Node> node(String itemKey) throws RepositoryException {
        if (!AssetStore.isItemKey(itemKey)) {
            return Optional.empty();
        }
        try {
            Node node = dam.getNodeByIdentifier(itemKey.substring("jcr:".length()).toLowerCase(Locale.ROOT));
            return node.isNodeType(NodeTypes.ASSET) ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException e) {
            return Optional.empty();
        }
    }
}

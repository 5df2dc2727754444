package dev.events.content;

/**
 * A stored asset of the {@code dam} workspace, as {@code damLinkField} and the author UI show it.
 *
 * @param itemKey  Magnolia's item key, {@code jcr:<id>}, which content properties such as {@code image} hold
 * @param id       the node's identifier
 * @param fileName the safe file name the upload was stored under (e.g. {@code open-day.png})
 * @param mimeType the type detected from the bytes, e.g. {@code image/png}
 * @param size     the size in bytes
 * @param width    the image width in pixels; null for documents and images that could not be measured
 * @param height   the image height in pixels; null like {@code width}
 */
public record Asset(String itemKey, String id, String fileName, String mimeType, long size,
        Integer width, Integer height) {
}

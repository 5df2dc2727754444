package dev.events.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * An image's width and height in pixels, read with {@link ImageIO} from the image's header only (no decoding of
 * the pixels, no temporary files). Formats the JDK cannot read (WebP) have no size.
 */
record ImageSize(int width, int height) {

    /** @return the size of the image in {@code bytes}, empty when no installed reader can tell */
    static Optional<ImageSize> of(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            return readers.hasNext() ? read(readers.next(), in) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ImageSize> read(ImageReader reader, ImageInputStream in) throws IOException {
        try {
            reader.setInput(in, true, true);
            return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
        } finally {
            reader.dispose();
        }
    }
}

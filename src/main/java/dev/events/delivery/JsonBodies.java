package dev.events.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.jcr.RepositoryException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes JSON bodies: UTF-8, indented so that answers read well (and golden files diff well). */
final class JsonBodies {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What writes one body. */
    @FunctionalInterface
    interface Content {
        void write(JsonGenerator json) throws IOException, RepositoryException;
    }

    private JsonBodies() {
    }

    static byte[] of(Content content) throws RepositoryException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            content.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to memory", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** @return Magnolia's error body: {@code {"error": {"code": ..., "message": ...}}} */
    static byte[] error(String code, String message) {
        try {
            return of(json -> {
                json.writeStartObject();
                json.writeObjectFieldStart("error");
                json.writeStringField("code", code);
                json.writeStringField("message", message);
                json.writeEndObject();
                json.writeEndObject();
            });
        } catch (RepositoryException e) {
            throw new IllegalStateException("An error body reads no repository", e);
        }
    }
}

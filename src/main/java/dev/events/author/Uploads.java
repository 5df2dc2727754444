package dev.events.author;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import dev.events.content.AssetException;
import dev.events.content.AssetStore;

/**
 * The files of a submitted editor form: each {@code damLinkField} input ({@code image}, {@code links.0.asset})
 * may come with {@code <input>.upload}, stored in the dam workspace, or {@code <input>.remove}.
 */
final class Uploads {

    private final AssetStore assets;

    Uploads(AssetStore assets) {
        this.assets = assets;
    }

    /**
     * Stores the uploaded files and puts their item keys into {@code values}.
     *
     * @return a message per input whose file was refused
     */
    Map<String, String> apply(HttpServletRequest request, List<EditorTab> tabs, EditorValues values, String user)
            throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!String.valueOf(request.getContentType()).startsWith("multipart/")) {
            return errors;
        }
        for (EditorTab tab : tabs) {
            for (EditorField field : tab.fields()) {
                if (field.type().equals("damLinkField")) {
                    values.put(field.name(), upload(request, field.name(), values.text(field.name()), user, errors));
                } else if (field.type().equals("jcrMultiField")) {
                    rows(request, field, values, user, errors);
                }
            }
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void rows(HttpServletRequest request, EditorField field, EditorValues values, String user,
            Map<String, String> errors) throws Exception {
        List<Map<String, String>> rows = (List<Map<String, String>>) values.list(field.name());
        for (EditorField cell : field.children()) {
            if (!cell.type().equals("damLinkField")) {
                continue;
            }
            for (Map<String, String> row : rows) {
                String input = field.name() + "." + row.get(EditorValues.FORM_ROW) + "." + cell.name();
                row.put(cell.name(), upload(request, input, row.getOrDefault(cell.name(), ""), user, errors));
            }
        }
    }

    /** @return the key when it names a stored asset; a form cannot point at anything else of the dam */
    private String stored(String key) {
        return AssetStore.isItemKey(key) && assets.find(key).isPresent() ? key : "";
    }

    /** @return the item key the input holds after the upload or removal */
    private String upload(HttpServletRequest request, String input, String current, String user,
            Map<String, String> errors) throws Exception {
        if (request.getParameter(input + ".remove") != null) {
            return "";
        }
        Part part = request.getPart(input + ".upload");
        if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null) {
            return stored(current);
        }
        try (InputStream in = part.getInputStream()) {
            return assets.store(part.getSubmittedFileName(), in, user);
        } catch (AssetException e) {
            errors.put(input, e.getMessage());
            return stored(current);
        }
    }
}

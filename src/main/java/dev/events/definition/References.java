package dev.events.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects references between definitions while files are read, and checks them once all are loaded. */
final class References {

    /** What a reference points to. */
    enum Kind { DIALOG, COMPONENT, CONTENT_TYPE, PROPERTY_TYPE }

    /** One reference, located for the problem report. */
    private record Reference(Kind kind, String target, String file, int line, String key) {
    }

    private final List<Reference> all = new ArrayList<>();

    /** Remembers a reference to check later. */
    void add(Kind kind, String target, String file, int line, String key) {
        all.add(new Reference(kind, target, file, line, key));
    }

    /**
     * Reports every reference whose target is not defined.
     *
     * @param templates    the ids of all templates
     * @param dialogs      the ids of all dialogs
     * @param contentTypes the ids of all content types, and their bare names
     */
    void check(Set<String> templates, Set<String> dialogs, Set<String> contentTypes, Problems problems) {
        for (Reference r : all) {
            Set<String> ids = switch (r.kind()) {
                case DIALOG -> dialogs;
                case COMPONENT -> templates;
                case CONTENT_TYPE, PROPERTY_TYPE -> contentTypes;
            };
            if (!ids.contains(r.target())) {
                problems.error(r.file(), r.line(), r.key(), message(r) + Suggestions.didYouMean(r.target(), ids));
            }
        }
    }

    private static String message(Reference r) {
        return switch (r.kind()) {
            case DIALOG -> "broken reference: no dialog '" + r.target() + "' is defined";
            case COMPONENT -> "broken reference: no component template '" + r.target() + "' is defined";
            case CONTENT_TYPE -> "broken reference: no content type '" + r.target() + "' is defined";
            case PROPERTY_TYPE -> "property type '" + r.target() + "' is neither a scalar type ("
                    + String.join(", ", ContentTypeParser.SCALAR_TYPES) + "), a sub-model nor a content type";
        };
    }
}

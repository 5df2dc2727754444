package dev.events.definition;

import java.util.Locale;
import java.util.Set;

/** The Magnolia 6 UI field types and field keys, and which of them this runtime edits. */
final class FieldTypes {

    private FieldTypes() {
    }

    /** The field types this runtime edits. Every other known type edits as plain text, with a warning. */
    static final Set<String> SUPPORTED = Set.of("textField", "richTextField", "dateField", "checkBoxField",
            "comboBoxField", "jcrMultiValueField", "jcrMultiField", "compositeField", "damLinkField", "linkField",
            "hiddenField");

    /** Every {@code $type} alias of a Magnolia 6.2/6.3 field, supported or not. */
    static final Set<String> KNOWN = Schemas.union(SUPPORTED, Set.of("codeField", "passwordField", "staticField",
            "checkBoxGroupField", "radioButtonGroupField", "listSelectField", "twinColSelectField", "tokenField",
            "sliderField", "pageLinkField", "resourceLinkField", "jsonLinkField", "jsonComboBoxField", "uploadField",
            "damUploadField", "jsonCompositeField", "switchableField", "jcrMultiLinkField", "jsonMultiField",
            "jsonCheckBoxGroupField", "ckEditor5Field"));

    /** Keys of every field (besides {@code $type}/{@code class}). */
    private static final Set<String> COMMON = Set.of("$type", "class", "name", "label", "description", "required",
            "requiredErrorMessage", "i18n", "defaultValue", "readOnly", "validators", "converterClass", "type",
            "styleName", "placeholder", "factoryClass", "implementationClass", "itemProvider", "propertyNameDecorator",
            "conversionErrorMessage", "fieldBinderClass", "i18nBasename", "width", "height", "presenterClass",
            "canRemoveItems", "buttonSelectNewLabel", "buttonSelectOtherLabel");

    /** Keys specific to some field types; any field may carry them (Magnolia itself is this lenient per type). */
    private static final Set<String> SPECIFIC = Set.of("rows", "maxLength", "tables", "source", "images", "colors",
            "fonts", "fontSizes", "configJsFile", "language", "value", "buttonLabel", "layout", "datasource", "field",
            "forms", "properties", "maxItems", "minItems", "time", "dateFormat", "timeFormat", "inISO8601Format",
            "leftColumnCaption", "rightColumnCaption", "comboBox", "stepSize", "displayStepSize", "valueFormat", "min",
            "max", "showOptions", "textInputAllowed", "filteringMode", "chooserId", "allowedMimeTypePattern",
            "maxUploadSize", "emptySelectionAllowed", "emptySelectionCaption", "sortOptions", "pageLength",
            "nullSelectionAllowed", "multiselect", "targetWorkspace", "appName", "targetTreeRootPath",
            "fieldEditable", "editorDefinition", "orientation", "lineWrap", "expandedPanel", "config", "toolbar",
            "showRemoveButton", "sortable", "multiselectable", "collapsible", "itemLabel", "fieldsLabel",
            "placeholderText", "emptyOptionLabel", "textEditable", "selectionMode", "dateOnly", "zone",
            "resolution", "inlineLabel", "multiline", "options", "filter", "sortBy");

    /** Every key a Magnolia 6 field accepts; all are supported (unsupported types are handled as a whole). */
    static final Schema FIELD = Schema.of("field", Schemas.union(COMMON, SPECIFIC), Set.of());

    /**
     * Maps a field definition class to its {@code $type} alias:
     * {@code info.magnolia.ui.field.TextFieldDefinition} gives {@code textField}.
     *
     * @return the alias, or null when the class is not a known Magnolia 6 field class
     */
    static String aliasOf(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (!className.startsWith("info.magnolia.") || !simple.endsWith("FieldDefinition")
                || isFiveUi(className)) {
            return null;
        }
        String base = simple.substring(0, simple.length() - "Definition".length());
        String alias = base.substring(0, 1).toLowerCase(Locale.ROOT) + base.substring(1);
        return KNOWN.contains(alias) ? alias : null;
    }

    /** @return whether the class is a deprecated 5 UI field definition */
    static boolean isFiveUi(String className) {
        return className.startsWith("info.magnolia.ui.form.");
    }
}

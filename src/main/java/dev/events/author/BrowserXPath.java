package dev.events.author;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.events.content.EventProperties;
import dev.events.content.NodeTypes;

/**
 * Builds the browser's XPath query. User input never reaches the statement unchecked: text is reduced to
 * words, literals are quoted, folder names must be plain names.
 */
final class BrowserXPath {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private BrowserXPath() {
    }

    static String of(BrowserQuery query) {
        StringBuilder xpath = new StringBuilder("/jcr:root");
        if (!query.folder().isEmpty()) {
            if (!FOLDER.matcher(query.folder()).matches()) {
                throw new IllegalArgumentException("Not a folder name: " + query.folder());
            }
            xpath.append('/').append(encode(query.folder()));
        }
        xpath.append("//element(*, ").append(NodeTypes.CONTENT).append(')');
        List<String> constraints = constraints(query);
        if (!constraints.isEmpty()) {
            xpath.append('[').append(String.join(" and ", constraints)).append(']');
        }
        return xpath.append(query.byTitle() ? " order by fn:lower-case(@" + EventProperties.TITLE + ")"
                : " order by @" + EventProperties.START_DATE + " descending").toString();
    }

    private static List<String> constraints(BrowserQuery query) {
        List<String> constraints = new ArrayList<>();
        String words = NOT_A_WORD.matcher(query.text()).replaceAll(" ").strip();
        if (!words.isEmpty()) {
            constraints.add("jcr:contains(., " + literal(words) + ")");
        }
        if (!query.category().isEmpty()) {
            constraints.add("@" + EventProperties.CATEGORIES + " = " + literal(query.category()));
        }
        return constraints;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Year folders start with a digit, which an XPath name step must encode (ISO 9075). */
    private static String encode(String name) {
        return Character.isDigit(name.charAt(0)) ? "_x003" + name.charAt(0) + "_" + name.substring(1) : name;
    }
}

package dev.events.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds, in HTML parsed as a browser parses it (jsoup follows the HTML5 parsing algorithm), anything that could
 * run a script: a {@code script} element other than a JSON-LD data block or one of the site's own scripts by
 * {@code src}; an {@code on*} event-handler attribute; a {@code javascript:}, {@code vbscript:} or {@code data:}
 * address in an attribute that loads or navigates; {@code srcdoc}; an element that embeds or rebases documents;
 * an inline {@code style} attribute or element (CSS {@code expression()} and {@code url(javascript:)}).
 */
public final class HtmlSafety {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "longdesc", "srcset", "ping", "lowsrc", "dynsrc", "manifest",
            "codebase", "archive");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "style", "portal");
    /** Browsers drop these anywhere in a scheme: {@code java\tscript:} is {@code javascript:}. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\u0000-\\u0020\\u007f-\\u009f]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlSafety() {
    }

    /**
     * @param html       a page or fragment
     * @param ownScripts the {@code src} of the scripts the page may load (the author UI's own files)
     * @return a description of each problem; empty when the HTML is safe
     */
    public static List<String> problems(String html, Set<String> ownScripts) {
        Document document = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                script(element, ownScripts, problems);
            } else if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add("<" + tag + "> element: " + shorten(element.outerHtml()));
            } else if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add("<meta http-equiv>: " + shorten(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                attribute(tag, attribute, problems);
            }
        }
        return problems;
    }

    private static void script(Element script, Set<String> ownScripts, List<String> problems) {
        String type = script.attr("type").toLowerCase(Locale.ROOT).strip();
        if (type.equals("application/ld+json") && !script.hasAttr("src")) {
            try {
                JSON.readTree(script.data());
            } catch (java.io.IOException e) {
                problems.add("JSON-LD block that is not JSON: " + shorten(script.data()));
            }
        } else if (!(ownScripts.contains(script.attr("src")) && script.data().isBlank())) {
            problems.add("<script>: " + shorten(script.outerHtml()));
        }
    }

    private static void attribute(String tag, Attribute attribute, List<String> problems) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (name.startsWith("on")) {
            problems.add("event handler " + name + " on <" + tag + ">");
        } else if (name.equals("srcdoc") || name.equals("style")) {
            problems.add(name + " attribute on <" + tag + ">: " + shorten(value));
        } else if (URL_ATTRIBUTES.contains(name) && dangerousUrl(tag, name, value)) {
            problems.add(name + " on <" + tag + "> is a script address: " + shorten(value));
        }
    }

    /** @return true for an address that runs a script or a document of its own when followed or loaded */
    static boolean dangerousUrl(String tag, String name, String value) {
        String compact = IGNORED_IN_SCHEME.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        boolean image = tag.equals("img") && name.equals("src");
        return compact.startsWith("javascript:") || compact.startsWith("vbscript:")
                || compact.startsWith("data:") && !(image && compact.matches("data:image/(png|gif|jpeg|webp)[;,].*"));
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}

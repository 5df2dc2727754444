package dev.events.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.events.config.SiteSettings;
import dev.events.content.EventProperties;

/**
 * The addresses a page declares in its head: its canonical address and the same page in each language, absolute
 * from the configured base URL (never from the request's {@code Host}). English pages are at {@code /events/...},
 * French ones at {@code /fr/events/...}; {@code x-default} is the English page.
 *
 * @param canonical  the canonical address
 * @param alternates the language versions, {@code x-default} last
 */
public record PageMeta(String canonical, List<Alternate> alternates) {

    /** The Open Graph locale of each language ({@code og:locale} wants language and territory). */
    private static final Map<String, String> OG_LOCALES = Map.of("en", "en_GB", "fr", "fr_FR");

    /** One language version of the page: {@code <link rel="alternate" hreflang="fr" href="...">}. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * @param keepPage true for listings, whose canonical address keeps {@code page} (a page of results is a page
     *                 of its own) but drops {@code sort} and other presentation parameters; false for pages
     *                 whose address is the whole of their identity, such as detail pages
     */
    static PageMeta of(RenderRequest request, SiteSettings settings, boolean keepPage) {
        String path = request.uri().substring(request.prefix().length());
        String query = keepPage ? pageQuery(request.parameter("page")) : "";
        List<Alternate> alternates = new ArrayList<>();
        for (String language : EventProperties.LANGUAGES) {
            alternates.add(new Alternate(language, settings.absolute(prefix(language) + path) + query));
        }
        alternates.add(new Alternate("x-default", alternates.get(0).href()));
        return new PageMeta(settings.absolute(request.uri()) + query, List.copyOf(alternates));
    }

    /** @return {@code en_GB}, {@code fr_FR}: the Open Graph locale of a language */
    static String ogLocale(Locale language) {
        return OG_LOCALES.getOrDefault(language.getLanguage(), OG_LOCALES.get(EventProperties.LANGUAGES.get(0)));
    }

    /** @return the Open Graph locales of the other languages the page exists in */
    static List<String> ogAlternateLocales(Locale language) {
        return EventProperties.LANGUAGES.stream().filter(l -> !l.equals(language.getLanguage()))
                .map(l -> ogLocale(Locale.forLanguageTag(l))).toList();
    }

    /** @return the path prefix of a language: empty for the default one, {@code /fr} for French */
    private static String prefix(String language) {
        return language.equals(EventProperties.LANGUAGES.get(0)) ? "" : "/" + language;
    }

    /** @return {@code ?page=N} for a valid page after the first, else empty (page 1 is the bare address) */
    private static String pageQuery(String page) {
        if (page == null || !page.matches("[1-9][0-9]{0,8}") || page.equals("1")) {
            return "";
        }
        return "?page=" + page;
    }
}

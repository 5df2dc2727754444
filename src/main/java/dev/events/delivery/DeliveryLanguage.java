package dev.events.delivery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.events.content.EventProperties;

/**
 * The language translated properties are served in, chosen as Magnolia's delivery endpoint chooses it: the
 * {@code lang} parameter, else the best {@code Accept-Language} match, else the default language. A language
 * the content is not translated into falls back to the default ({@code de} gives English, {@code fr-CA} French);
 * {@code lang=all} serves every stored property as it is ({@code title} and {@code title_fr}).
 *
 * @param locale the language, or null for {@code all}
 */
record DeliveryLanguage(Locale locale) {

    static final String PARAMETER = "lang";
    private static final String ALL = "all";
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

    /**
     * @param lang           the {@code lang} parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    static DeliveryLanguage of(String lang, String acceptLanguage) {
        if (lang != null) {
            if (lang.equalsIgnoreCase(ALL)) {
                return new DeliveryLanguage(null);
            }
            if (!TAG.matcher(lang).matches()) {
                throw DeliveryException.badParameter(PARAMETER, "'" + lang + "' is not a language tag such as fr or"
                        + " fr-CH, nor 'all'");
            }
            return supported(Locale.forLanguageTag(lang.replace('_', '-')).getLanguage());
        }
        return supported(fromHeader(acceptLanguage));
    }

    private static String fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String tag = Locale.lookupTag(ranges, EventProperties.LANGUAGES);
            return tag == null ? "" : tag;
        } catch (IllegalArgumentException malformed) {
            // a header a client cannot spell is no reason to refuse public content
            return "";
        }
    }

    private static DeliveryLanguage supported(String language) {
        String tag = EventProperties.LANGUAGES.contains(language) ? language : EventProperties.LANGUAGES.get(0);
        return new DeliveryLanguage(Locale.forLanguageTag(tag));
    }

    /** @return whether every stored translation is served as it is */
    boolean all() {
        return locale == null;
    }
}

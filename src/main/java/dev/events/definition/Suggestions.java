package dev.events.definition;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "Did you mean" hints for typos, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * @param typo      the unknown word
     * @param candidates the words that would have been valid
     * @return {@code "; did you mean 'x'?"} for the closest candidate within a few edits, or an empty string
     */
    static String didYouMean(String typo, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, typo.length() / 3));
        return candidates.stream()
                .filter(c -> distance(typo, c) <= limit)
                .min(Comparator.comparingInt((String c) -> distance(typo, c)).thenComparing(c -> c))
                .map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** @return the Levenshtein distance between two words, ignoring case */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            int[] current = new int[t.length() + 1];
            current[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[t.length()];
    }
}

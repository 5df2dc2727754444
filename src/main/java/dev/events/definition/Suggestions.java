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
        int limit = Math.max(1, Math.min(3, (typo.length() + 1) / 3));
        return candidates.stream()
                .filter(c -> distance(typo, c) <= limit)
                .min(Comparator.comparingInt((String c) -> distance(typo, c)).thenComparing(c -> c))
                .map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** @return the edit distance (with adjacent transpositions) between two words, ignoring case */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            for (int j = 0; j <= t.length(); j++) {
                d[i][j] = i == 0 || j == 0 ? i + j : step(d, s, t, i, j);
            }
        }
        return d[s.length()][t.length()];
    }

    private static int step(int[][] d, String s, String t, int i, int j) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
            best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        return best;
    }
}

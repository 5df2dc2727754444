package dev.events.format;

import java.util.regex.Pattern;

/**
 * Cuts a teaser to a maximum length at a word boundary and marks the cut with "...".
 * <p>
 * Lengths are counted in {@code char}s, which is close enough to characters for teasers; a cut never
 * splits a surrogate pair, though. Stateless and thread-safe.
 */
public final class TeaserCutter {

    private static final String ELLIPSIS = "...";
    private static final int MIN_LENGTH = ELLIPSIS.length() + 1;
    // javaWhitespace matches what String.strip() removes, so collapsing and trimming agree; it leaves
    // non-breaking spaces alone because an editor who typed one wants the words kept together.
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\p{javaWhitespace}]+$");

    /** Creates a cutter; it holds no state, so one instance can be shared. */
    public TeaserCutter() {
        // stateless
    }

    /**
     * Normalises the whitespace of a teaser and, if it is still too long, cuts it.
     *
     * @param text      the teaser; {@code null} or blank gives ""
     * @param maxLength the most characters the result may have, "..." included; at least 4
     * @return the text with whitespace runs collapsed to single spaces and trimmed, unchanged if it then
     *         fits, otherwise cut at the last word boundary that leaves room for "...", with trailing
     *         punctuation and spaces removed before the "..."; a first word longer than the room is cut
     *         inside the word
     * @throws IllegalArgumentException if {@code maxLength} is less than 4
     */
    public String cut(String text, int maxLength) {
        if (maxLength < MIN_LENGTH) {
            throw new IllegalArgumentException("maxLength must be at least " + MIN_LENGTH + " but is " + maxLength);
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalised = WHITESPACE_RUN.matcher(text.strip()).replaceAll(" ");
        if (normalised.length() <= maxLength) {
            return normalised;
        }
        return kept(normalised, maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }

    private static String kept(String text, int budget) {
        int lastSpace = text.lastIndexOf(' ', budget);
        String atWord = lastSpace > 0 ? stripTrailingPunctuation(text.substring(0, lastSpace)) : "";
        if (!atWord.isEmpty()) {
            return atWord;
        }
        // No usable word boundary: the first word alone overflows, or everything before the boundary is
        // punctuation. Cutting inside the word still gives the reader something; an all-punctuation text
        // may end up as just "...".
        return stripTrailingPunctuation(hardCut(text, budget));
    }

    private static String hardCut(String text, int budget) {
        int end = Character.isLowSurrogate(text.charAt(budget)) ? budget - 1 : budget;
        return text.substring(0, end);
    }

    private static String stripTrailingPunctuation(String text) {
        return TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
    }
}

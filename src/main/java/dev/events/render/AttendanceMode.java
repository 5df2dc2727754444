package dev.events.render;

import java.util.Locale;

/**
 * How people attend an event (schema.org {@code eventAttendanceMode}), derived from its status, online address and
 * place rather than stored, so that it can never contradict them.
 */
public enum AttendanceMode {

    /** At a place only. */
    OFFLINE("OfflineEventAttendanceMode"),
    /** Online only. */
    ONLINE("OnlineEventAttendanceMode"),
    /** At a place and online. */
    MIXED("MixedEventAttendanceMode");

    private final String schemaOrg;

    AttendanceMode(String schemaOrg) {
        this.schemaOrg = schemaOrg;
    }

    /**
     * @param status    the event's status; {@code movedOnline} makes any event online
     * @param onlineUrl the online address, or empty
     * @param hasPlace  whether the event has a location, venue, city or country
     * @return online for a moved-online event or one with an online address and no place, mixed for one with
     *         both, offline otherwise
     */
    public static AttendanceMode of(String status, String onlineUrl, boolean hasPlace) {
        boolean online = onlineUrl != null && !onlineUrl.isBlank();
        if ("movedOnline".equals(status) || online && !hasPlace) {
            return ONLINE;
        }
        return online ? MIXED : OFFLINE;
    }

    /** @return {@code offline}, {@code online} or {@code mixed}, as templates and CSS modifiers name it */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the schema.org enumeration member, e.g. {@code https://schema.org/MixedEventAttendanceMode} */
    public String schemaOrg() {
        return "https://schema.org/" + schemaOrg;
    }
}

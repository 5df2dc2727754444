package dev.events.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attendance mode follows from the status, the online address and the place. */
class AttendanceModeTest {

    @ParameterizedTest(name = "{0}, online address \"{1}\", place {2}: {3}")
    @CsvSource({
        "scheduled,   '',                      true,  OFFLINE",
        "scheduled,   '',                      false, OFFLINE",
        "scheduled,   https://meet.example.org, false, ONLINE",
        "scheduled,   https://meet.example.org, true,  MIXED",
        "rescheduled, https://meet.example.org, true,  MIXED",
        "movedOnline, '',                      true,  ONLINE",
        "movedOnline, https://meet.example.org, true,  ONLINE",
        "cancelled,   '   ',                   true,  OFFLINE"})
    void modeFollowsFromStatusOnlineAddressAndPlace(String status, String onlineUrl, boolean place,
            AttendanceMode expected) {
        assertThat(AttendanceMode.of(status, onlineUrl, place)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"OFFLINE, offline, https://schema.org/OfflineEventAttendanceMode",
        "ONLINE, online, https://schema.org/OnlineEventAttendanceMode",
        "MIXED, mixed, https://schema.org/MixedEventAttendanceMode"})
    void eachModeHasItsTemplateKeyAndSchemaOrgMember(AttendanceMode mode, String key, String schemaOrg) {
        assertThat(mode.key()).isEqualTo(key);
        assertThat(mode.schemaOrg()).isEqualTo(schemaOrg);
    }
}

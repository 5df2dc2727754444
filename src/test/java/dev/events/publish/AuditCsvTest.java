package dev.events.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit CSV quotes every cell and disarms what a spreadsheet would run as a formula. */
class AuditCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "  =1+1", "\t=1", "\r=1", "\n=1"})
    void formulaCommentsAreDisarmed(String comment) {
        String csv = AuditCsv.of(List.of(new AuditEntry(Instant.EPOCH, "eric", "reject", "id", "name", comment, "")));
        String cell = csv.substring(csv.lastIndexOf(",\"") + 2);
        assertThat(cell).startsWith("'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please publish", "said \"yes\", then left"})
    void ordinaryCommentsAreQuotedAsTheyAre(String comment) {
        String csv = AuditCsv.of(List.of(new AuditEntry(Instant.EPOCH, "eric", "reject", "id", "name", comment, "")));
        assertThat(csv).endsWith("\"" + comment.replace("\"", "\"\"") + "\"\r\n");
    }
}

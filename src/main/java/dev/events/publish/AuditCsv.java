package dev.events.publish;

import java.util.List;

/**
 * The audit trail as CSV (RFC 4180): a header, one line per transition. Cells that a spreadsheet would run as a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, also after leading blanks, or starting with a tab or line
 * break) are prefixed with an apostrophe.
 */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder("time,user,action,event,event id,version,comment\r\n");
        for (AuditEntry e : entries) {
            csv.append(String.join(",", cell(e.at().toString()), cell(e.user()), cell(e.action()),
                    cell(e.eventName()), cell(e.eventId()), cell(e.version()), cell(e.comment()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        String start = value.stripLeading();
        boolean formula = !value.isEmpty() && ("=+-@".indexOf(start.isEmpty() ? ' ' : start.charAt(0)) >= 0
                || "\t\r\n".indexOf(value.charAt(0)) >= 0);
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

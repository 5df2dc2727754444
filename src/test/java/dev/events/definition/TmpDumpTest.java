package dev.events.definition;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        try (var s = Files.list(Path.of("src/test/resources/definition"))) {
            for (Path p : s.sorted().toList()) {
                System.out.println("=== " + p.getFileName());
                try {
                    var r = new LightModuleLoader().load(p);
                    r.warnings().forEach(w -> System.out.println("  " + w));
                    System.out.println("  OK templates=" + r.templates().keySet() + " dialogs=" + r.dialogs().keySet() + " apps=" + r.apps());
                } catch (DefinitionException e) {
                    e.problems().forEach(w -> System.out.println("  " + w));
                }
            }
        }
    }
}

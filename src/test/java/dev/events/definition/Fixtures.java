package dev.events.definition;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Loads the fixture light-modules directories under {@code src/test/resources/definition/<case>}. */
final class Fixtures {

    private Fixtures() {
    }

    /** @return the registry of a fixture that must load */
    static DefinitionRegistry load(String fixture) throws DefinitionException {
        return new LightModuleLoader().load(Path.of("src/test/resources/definition", fixture));
    }

    /** @return the errors of a fixture that must fail to load */
    static List<DefinitionProblem> errors(String fixture) {
        return assertThatExceptionOfType(DefinitionException.class).isThrownBy(() -> load(fixture))
                .actual().problems();
    }

    /** @return an ERROR problem's location as a tuple of severity, file, line and key */
    static Tuple error(String file, int line, String key) {
        return tuple(DefinitionProblem.Severity.ERROR, file, line, key);
    }

    /** @return a WARNING problem's location as a tuple of severity, file, line and key */
    static Tuple warning(String file, int line, String key) {
        return tuple(DefinitionProblem.Severity.WARNING, file, line, key);
    }
}

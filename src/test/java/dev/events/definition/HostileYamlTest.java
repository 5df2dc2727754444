package dev.events.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.events.cli.Folders;

/**
 * Hostile light-module YAML: alias bombs, nesting past any sensible depth, Java type tags, includes that leave the
 * light-modules folder, bytes that are not UTF-8, huge scalars. Each file is refused with problems that name the
 * file and a line, as a {@link DefinitionException} and never another exception, in well under a second of work:
 * the definitions stop the start, never the machine.
 */
class HostileYamlTest {

    private Path modules;

    @BeforeEach
    void module() throws IOException {
        modules = Files.createTempDirectory("hostile-yaml");
        Files.createDirectories(modules.resolve("shop/templates/pages"));
        Files.writeString(modules.resolve("shop/module.yaml"), "version: 1.0\n");
    }

    @AfterEach
    void delete() throws IOException {
        Folders.delete(modules);
    }

    static List<Object[]> hostileFiles() {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(",*")
                    .append((char) (c - 1)).append(",*").append((char) (c - 1)).append(",*").append((char) (c - 1))
                    .append("]\n");
        }
        return List.<Object[]>of(
                new Object[] {"alias bomb", bytes("title: Home\nrenderType: freemarker\ntemplateScript: /x.ftl\n"
                        + laughs)},
                new Object[] {"deep nesting", bytes("title: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n")},
                new Object[] {"deep maps", bytes("title:\n" + nestedMaps(2_000))},
                new Object[] {"java type tag", bytes("title: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/x\"]]]]\n")},
                new Object[] {"include outside", bytes("title: Home\nrenderType: freemarker\ntemplateScript: /x.ftl\n"
                        + "dialog: !include:/../../../../../../etc/passwd\n")},
                new Object[] {"include of itself", bytes("title: Home\nrenderType: freemarker\n"
                        + "templateScript: /x.ftl\nareas: !include:/shop/templates/pages/home.yaml\n")},
                new Object[] {"not UTF-8", new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, (byte) 0xC3,
                    '(', '\n'}},
                new Object[] {"NUL byte", bytes("title: Ho\u0000me\n")},
                new Object[] {"tab indentation", bytes("title: Home\nareas:\n\tmain:\n\t\ttype: list\n")},
                new Object[] {"huge scalar", bytes("title: \"" + "x".repeat(4_000_000) + "\"\n")},
                new Object[] {"unclosed flow", bytes("title: Home\nareas: {main: [\n")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWithItsFileAndLine(String name, byte[] content) throws Exception {
        Files.write(modules.resolve("shop/templates/pages/home.yaml"), content);
        long start = System.nanoTime();
        DefinitionException refused = assertThatExceptionOfType(DefinitionException.class)
                .as(name).isThrownBy(() -> new LightModuleLoader().load(modules)).actual();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(name).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.problems()).as(name).isNotEmpty().anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("shop/templates/pages/home.yaml");
            assertThat(problem.line()).isPositive();
        });
        assertThat(refused.getMessage()).as(name).doesNotContain("root:x:0:0");
    }

    private static String nestedMaps(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return yaml.append(" ".repeat(depth + 1)).append("v\n").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

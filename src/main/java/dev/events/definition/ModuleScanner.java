package dev.events.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the definition files of a light-modules directory: every sub-folder is a module, and the folder a file sits
 * in decides its definition type, as in Magnolia. Other folders (i18n, webresources, includes, ...) are skipped.
 */
final class ModuleScanner {

    /** The definition types this runtime reads. */
    enum Kind { MODULE, TEMPLATE, DIALOG, CONTENT_TYPE, APP, REST_ENDPOINT, DECORATION }

    /**
     * One definition file.
     *
     * @param kind   its definition type
     * @param module its module
     * @param file   its path relative to the light-modules directory, with {@code /} separators
     * @param id     its definition id, {@code module:path/below/type/folder}
     */
    record DefinitionFile(Kind kind, String module, String file, String id) {
    }

    private static final Map<String, Kind> FOLDERS = Map.of("templates", Kind.TEMPLATE, "dialogs", Kind.DIALOG,
            "contentTypes", Kind.CONTENT_TYPE, "apps", Kind.APP, "restEndpoints", Kind.REST_ENDPOINT,
            "decorations", Kind.DECORATION);

    private final Path root;

    ModuleScanner(Path root) {
        this.root = root;
    }

    /** @return the module names, sorted */
    List<String> modules() {
        return list(root).stream().filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .filter(n -> !n.startsWith(".")).sorted().toList();
    }

    /** @return the definition files of every module, sorted by module, type folder and path */
    List<DefinitionFile> files() {
        List<DefinitionFile> out = new ArrayList<>();
        for (String module : modules()) {
            Path dir = root.resolve(module);
            if (Files.isRegularFile(dir.resolve("module.yaml"))) {
                out.add(new DefinitionFile(Kind.MODULE, module, module + "/module.yaml", module));
            }
            FOLDERS.keySet().stream().sorted().forEach(folder -> addFolder(module, folder, out));
        }
        return out;
    }

    private void addFolder(String module, String folder, List<DefinitionFile> out) {
        Path dir = root.resolve(module).resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .map(p -> slashes(dir.relativize(p))).sorted()
                    .forEach(rel -> out.add(new DefinitionFile(FOLDERS.get(folder), module,
                            module + "/" + folder + "/" + rel,
                            module + ":" + rel.substring(0, rel.length() - ".yaml".length()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

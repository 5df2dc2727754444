package dev.events.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves {@code /.resources/<module>/webresources/...} from the light-modules directory, as Magnolia does. Paths
 * that leave a module's {@code webresources} folder are not served.
 */
public final class WebResources {

    static final String PREFIX = "/.resources/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "woff2", "font/woff2", "ico", "image/x-icon");

    private final Path root;

    /** @param lightModules the light-modules directory */
    public WebResources(Path lightModules) {
        this.root = lightModules.toAbsolutePath().normalize();
    }

    /** @param path the request path, starting with {@code /.resources/} */
    public Optional<SiteResponse> serve(String path) throws IOException {
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || !rest.startsWith("webresources/", slash + 1)) {
            return Optional.empty();
        }
        Path folder = root.resolve(rest.substring(0, slash)).resolve("webresources").normalize();
        Path file = root.resolve(rest).normalize();
        String type = TYPES.get(extension(file));
        if (!folder.startsWith(root) || !file.startsWith(folder) || type == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new SiteResponse(200, type, Files.readAllBytes(file),
                Map.of("Cache-Control", "public, max-age=3600")));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}

package dev.events.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the load generator {@code wrk} on one URL and reads its requests per second and 99th percentile. */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 16;
    static final int WARMUP_SECONDS = 3;
    static final int SECONDS = 10;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s|m)\\b");
    /** For tests of the command, whose figures mean nothing: a second of warm-up, two of load. */
    static final Wrk QUICK = new Wrk(1, 2);
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    private final int warmupSeconds;
    private final int seconds;

    /** A warm-up of {@value #WARMUP_SECONDS} s, then {@value #SECONDS} s of load. */
    Wrk() {
        this(WARMUP_SECONDS, SECONDS);
    }

    Wrk(int warmupSeconds, int seconds) {
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
    }

    /** @return the wrk binary on the PATH */
    static Optional<Path> find() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "wrk")).filter(Files::isExecutable).findFirst();
    }

    /** Warms the URL up, then loads it and reads the figures. */
    BenchResult.Throughput run(String url) throws IOException, InterruptedException {
        output(url, warmupSeconds);
        return parse(url, output(url, seconds));
    }

    static BenchResult.Throughput parse(String url, String output) {
        Matcher errors = ERRORS.matcher(output);
        Matcher rate = RATE.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (errors.find() || !rate.find() || !p99.find()) {
            throw new IllegalStateException("wrk on " + url + " gave no figures or errors:\n" + output);
        }
        return new BenchResult.Throughput(Double.parseDouble(rate.group(1)), millis(p99.group(1), p99.group(2)));
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1_000;
            case "s" -> v * 1_000;
            case "m" -> v * 60_000;
            default -> v;
        };
    }

    private static String output(String url, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(find().orElseThrow().toString(), "-t" + THREADS, "-c" + CONNECTIONS,
                "-d" + seconds + "s", "--latency", url).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk on " + url + " failed:\n" + output);
        }
        return output;
    }
}

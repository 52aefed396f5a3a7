package dev.connectconformance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the page tests: the DOM it renders and screenshots. Without Chromium a test is skipped on a
 * developer machine but fails in CI (CI=true), where .ci/run installs the Debian package chromium.
 */
public final class HeadlessChromium {

    private final Path executable;
    private final Path scratch;

    private HeadlessChromium(Path executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    /** Chromium from CHROMIUM or the PATH; {@code scratch} holds its profile and output files. */
    public static HeadlessChromium findOrSkip(Path scratch) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "Chromium not found (PATH or CHROMIUM): install the Debian package chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; in CI this test must run, not be skipped");
            }
            Assumptions.abort(why);
        }
        return new HeadlessChromium(found.get(), scratch);
    }

    /** The DOM after the page is rendered (no scripts run on these pages, so it is what the browser shows). */
    public String dom(Path page) throws IOException, InterruptedException {
        return run("--dump-dom", page.toUri().toString());
    }

    /** A screenshot of the page in a window of the given size, written to {@code png}. */
    public BufferedImage screenshot(Path page, int width, int height, Path png) throws IOException, InterruptedException {
        run("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
                page.toUri().toString());
        return ImageIO.read(png.toFile());
    }

    /** Colours on a 7-pixel grid: a rendered page has many, an empty one a handful. */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile")));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(scratch, "chromium", ".out");
        Path stderr = Files.createTempFile(scratch, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        // A guard against a hung browser, not a timing assumption: rendering takes a second or two.
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 120 s: " + Files.readString(stderr));
        }
        assertThat(process.exitValue()).as("chromium exit status; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}

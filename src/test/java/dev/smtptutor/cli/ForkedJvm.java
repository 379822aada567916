package dev.smtptutor.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts smtp-tutor's Main in a separate JVM, as a user's shell would, with the test class path. */
final class ForkedJvm {

    private ForkedJvm() {}

    static ProcessBuilder main(String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, "dev.smtptutor.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static File projectDirectory() throws IOException {
        return new File(".").getCanonicalFile();
    }
}

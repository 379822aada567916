package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.sh's own checks, on a machine where Java or Maven is missing or too old. */
class RunScriptTest {

    @TempDir
    Path temp;

    private Path toolsWithout(String... missing) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : new String[] {"dirname", "readlink", "sed", "find", "java", "mvn"}) {
            if (java.util.Arrays.asList(missing).contains(tool)) {
                continue;
            }
            Path real = tool.equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java") : which(tool);
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        return bin;
    }

    private static Path which(String tool) {
        for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of("/usr/bin", tool); // mvn may be absent on the machine; the link then dangles
    }

    /** A copy of run.sh in an empty project, so it always wants to build. */
    private Path scriptInEmptyProject() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Path script = project.resolve("run.sh");
        Files.copy(ForkedJvm.projectDirectory().toPath().resolve("run.sh"), script);
        script.toFile().setExecutable(true);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        return script;
    }

    private static String[] run(Path script, Path bin, String javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        builder.environment().remove("JAVA_HOME");
        if (javaHome != null) {
            builder.environment().put("JAVA_HOME", javaHome);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return new String[] {String.valueOf(process.exitValue()), output};
    }

    @Test
    void missingJavaIsExplained() throws Exception {
        String[] result = run(scriptInEmptyProject(), toolsWithout("java", "mvn"), null);
        assertEquals("1", result[0]);
        assertEquals("smtp-tutor: Java 17 or newer is needed and was not found. Install it (Debian/Ubuntu: "
                + "apt-get install openjdk-17-jdk) or set JAVA_HOME.\n", result[1]);
    }

    @Test
    void missingMavenIsExplainedWhenABuildIsNeeded() throws Exception {
        String[] result = run(scriptInEmptyProject(), toolsWithout("mvn"), null);
        assertEquals("1", result[0]);
        assertEquals("smtp-tutor: Maven is needed to build smtp-tutor and was not found. Install it "
                + "(Debian/Ubuntu: apt-get install maven).\n", result[1]);
    }

    @Test
    void tooOldJavaIsExplained() throws Exception {
        Path oldJdk = Files.createDirectories(temp.resolve("jdk-11/bin"));
        Path fakeJava = oldJdk.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nexit 0\n");
        fakeJava.toFile().setExecutable(true);
        Files.writeString(temp.resolve("jdk-11/release"), "JAVA_VERSION=\"11.0.2\"\n");
        String[] result = run(scriptInEmptyProject(), toolsWithout("java", "mvn"), temp.resolve("jdk-11").toString());
        assertEquals("1", result[0]);
        assertEquals("smtp-tutor: Java 17 or newer is needed; found Java 11 at " + temp.resolve("jdk-11")
                + ". Install a newer JDK or set JAVA_HOME.\n", result[1]);
    }
}

package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run.sh's class-data archive when the JVM refuses it: the tutor starts as without one and the learner
 * sees no JVM warning. The project here is run.sh beside a jar whose manifest names this build's classes
 * (no sources, so run.sh builds nothing), with a damaged archive that run.sh believes made for it.
 */
class RunScriptArchiveTest {

    @TempDir
    Path temp;

    @Test
    void aDamagedArchiveIsPassedOverInSilence() throws Exception {
        Path project = projectWithJar();
        Path target = project.resolve("target");
        byte[] garbage = new byte[200_000];
        new Random(14).nextBytes(garbage);
        Files.write(target.resolve("smtp-tutor.jsa"), garbage);
        Files.writeString(target.resolve("smtp-tutor.jsa.jvm"), jvmStamp() + "\n");

        String[] options = run(project, "", "--print-java-options");
        assertEquals("0", options[0], options[2]);
        assertTrue(options[1].contains("-XX:SharedArchiveFile=" + target.resolve("smtp-tutor.jsa") + "\n"),
                "run.sh hands the archive to the JVM: " + options[1]);

        String[] shell = run(project, "/quit\n");
        assertEquals("0", shell[0], shell[2]);
        assertEquals("", shell[2], "nothing on standard error (no JVM warning, no new archive made)");
        assertTrue(shell[1].startsWith("smtp-tutor (reading commands from standard input)\n"), shell[1]);
        assertTrue(shell[1].contains("\n<-  220 mail.example.test ESMTP smtp-tutor simulator\n"), shell[1]);
        assertTrue(shell[1].contains("\nsmtp> /quit\n"), shell[1]);
        for (String jvmWords : List.of("[warning]", "[cds]", "CDS", "shared archive", "Sharing", "OpenJDK")) {
            assertFalse(shell[1].contains(jvmWords), "no JVM message in the output: " + shell[1]);
        }
    }

    @Test
    void anArchiveOlderThanALibraryIsMadeAgain() throws Exception {
        Path project = projectWithJar();
        Path target = project.resolve("target");
        Files.write(target.resolve("smtp-tutor.jsa"), new byte[1000]);
        Files.writeString(target.resolve("smtp-tutor.jsa.jvm"), jvmStamp() + "\n");
        Path library = Files.createDirectories(target.resolve("lib")).resolve("changed.jar");
        Files.write(library, new byte[0]);
        Instant archiveTime = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(target.resolve("smtp-tutor.jsa"), FileTime.from(archiveTime));
        Files.setLastModifiedTime(target.resolve("smtp-tutor.jar"), FileTime.from(archiveTime.minusSeconds(60)));
        Files.setLastModifiedTime(library, FileTime.from(archiveTime.plusSeconds(30)));

        // The JVM would refuse it in silence (a jar on its class path changed since): run.sh makes it anew.
        String[] options = run(project, "", "--print-java-options");
        assertEquals("0", options[0], options[2]);
        assertEquals("Preparing a quicker start (once per build)...\n", options[2]);
        assertTrue(Files.size(target.resolve("smtp-tutor.jsa")) > 1_000_000, "a real archive now");
        assertFalse(Files.getLastModifiedTime(target.resolve("smtp-tutor.jsa")).toInstant().isBefore(archiveTime.plusSeconds(30)));
    }

    /** run.sh, and a jar in target/ whose Class-Path is this test's class path (the build's classes and libraries). */
    private Path projectWithJar() throws IOException {
        Path project = Files.createDirectories(temp.resolve("project"));
        Files.copy(ForkedJvm.projectDirectory().toPath().resolve("run.sh"), project.resolve("run.sh"));
        project.resolve("run.sh").toFile().setExecutable(true);
        Path target = Files.createDirectories(project.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.smtptutor.cli.Main");
        List<String> urls = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toString());
            }
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Path jar = target.resolve("smtp-tutor.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
        // Older than the archive written next, as after a build: run.sh keeps an archive not older than its jar.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        return project;
    }

    /** What run.sh writes beside an archive it made: the JDK's folder and a checksum of its release file. */
    /** What run.sh writes beside the archive: the JDK's folder and its build, as its release file names it. */
    private static String jvmStamp() throws Exception {
        Path home = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath().getParent().getParent();
        String build = "";
        for (String line : Files.readAllLines(home.resolve("release"))) {
            if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
                build = line.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", "");
            }
        }
        return home + " " + build;
    }

    /** Exit code, standard output and standard error of run.sh with this input. */
    private String[] run(Path project, String input, String... args) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path java = bin.resolve("java");
        if (!Files.exists(java)) {
            Files.createSymbolicLink(java, Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        List<String> command = new ArrayList<>(List.of("/bin/bash", project.resolve("run.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("SMTP_TUTOR_JAVA_OPTS");
        builder.environment().put("SMTP_TUTOR_HOME", Files.createDirectories(temp.resolve("home")).toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "run.sh ends");
        return new String[] {String.valueOf(process.exitValue()), out,
                new String(err.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8)};
    }
}

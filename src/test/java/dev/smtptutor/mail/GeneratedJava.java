package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated program with javax.tools.JavaCompiler against the test class path (where
 * Jakarta Mail and Angus live), and runs it in this JVM or in a forked one (to give it an environment).
 */
public final class GeneratedJava {

    private static final String CLASS_PATH = System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path"));

    private final Path classes;
    private final String className;

    private GeneratedJava(Path classes, String className) {
        this.classes = classes;
        this.className = className;
    }

    /** Compiles {@code file} (named after its public class) into a directory beside it; fails the test on any error. */
    public static GeneratedJava compile(Path file) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(file.resolveSibling("classes"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", CLASS_PATH, "-d", classes.toString(), "-Xlint:all", "-Werror"), null,
                    files.getJavaFileObjects(file.toFile())).call();
            assertTrue(ok, "the generated program compiles:\n" + diagnostics.getDiagnostics() + "\n" + Files.readString(file));
        }
        String name = file.getFileName().toString();
        return new GeneratedJava(classes, name.substring(0, name.length() - ".java".length()));
    }

    /** Runs main(args) in this JVM, in a class loader that sees the compiled class and the test class path. */
    public void runHere(String... args) throws ReflectiveOperationException, IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedJava.class.getClassLoader())) {
            try {
                Class.forName(className, true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw new AssertionError("the generated program failed", e.getCause());
            }
        }
    }

    /** Runs it as a user would, in its own JVM with this environment; returns its output. */
    public String runForked(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classes + File.pathSeparator + CLASS_PATH, className));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program ends");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}

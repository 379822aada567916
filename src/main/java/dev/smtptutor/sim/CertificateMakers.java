package dev.smtptutor.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the certificate maker comes from. BouncyCastle's jars are not on the tutor's class path (the
 * manifest leaves them out): at every start the JDK opens each jar on the class path when
 * java.util.logging starts, and BouncyCastle's are two thirds of all entries, time a terminal's first
 * prompt waited for. They sit in {@code target/lib} beside the others and are loaded, with the one class
 * that names them, by a class loader of their own the first time a certificate is made (after the first
 * prompt, or at the first STARTTLS). Where BouncyCastle is on the class path after all (the build's tests,
 * an IDE), the maker is taken from there.
 */
final class CertificateMakers {

    static final String MAKER = "dev.smtptutor.sim.BouncyCastleCertificateMaker";
    private static final String PROBE = "org/bouncycastle/cert/jcajce/JcaX509v3CertificateBuilder.class";

    private static volatile CertificateMaker loaded;

    private CertificateMakers() {}

    static CertificateMaker bouncyCastle() {
        CertificateMaker maker = loaded;
        if (maker == null) {
            synchronized (CertificateMakers.class) {
                maker = loaded;
                if (maker == null) {
                    ClassLoader ours = CertificateMakers.class.getClassLoader();
                    maker = ours.getResource(PROBE) != null ? make(ours) : make(isolated(besideTheJar()));
                    loaded = maker;
                }
            }
        }
        return maker;
    }

    /** BouncyCastle's jars in the {@code lib} folder beside the tutor's jar; empty when run from classes. */
    static List<Path> besideTheJar() {
        java.util.Optional<Path> jar = dev.smtptutor.text.Resources.ownJar();
        if (jar.isEmpty()) {
            return List.of();
        }
        Path lib = jar.get().toAbsolutePath().getParent().resolve("lib");
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().startsWith("bc")
                    && f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The maker and BouncyCastle in a loader of their own over these jars, the rest from the tutor's. */
    static ClassLoader isolated(List<Path> jars) {
        if (jars.isEmpty()) {
            throw new IllegalStateException("BouncyCastle's jars are not beside the tutor's (target/lib): rebuild with mvn package");
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new MakerLoader(urls.toArray(URL[]::new), CertificateMakers.class.getClassLoader());
    }

    private static CertificateMaker make(ClassLoader loader) {
        try {
            return (CertificateMaker) Class.forName(MAKER, true, loader).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load BouncyCastle: " + e, e);
        }
    }

    /**
     * Defines the maker class itself (from the tutor's jar), so that its references to BouncyCastle resolve
     * here, where BouncyCastle's jars are; every other class as usual, the tutor's loader first.
     */
    private static final class MakerLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        MakerLoader(URL[] urls, ClassLoader parent) {
            super("smtp-tutor-bouncycastle", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(MAKER)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null) {
                    byte[] bytes;
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    found = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(found);
                }
                return found;
            }
        }
    }
}

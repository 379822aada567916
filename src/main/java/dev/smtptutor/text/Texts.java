package dev.smtptutor.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one source of every word a person reads: the current language and the bundles of texts per
 * subject. Bundles are made on first use and read their files lazily, so start-up pays only for the
 * words it shows, in the language it shows them.
 */
public final class Texts {

    private static volatile Language language = Language.EN;
    private static volatile int generation;
    private static final Map<String, TextBundle> BUNDLES = new ConcurrentHashMap<>();

    private Texts() {}

    /** The language every text is given in from now on (the --lang flag, the environment, /lang). */
    public static void use(Language chosen) {
        language = chosen;
    }

    public static Language language() {
        return language;
    }

    /**
     * Forgets every text read so far (after {@link Resources#overlay}); caches built from texts
     * compare {@link #generation()} to know they are stale.
     */
    public static void reload() {
        generation++;
    }

    /** Goes up by one at each {@link #reload()}. */
    public static int generation() {
        return generation;
    }

    /** The bundle of one subject, by resource path without extension: "dev/smtptutor/shell/messages". */
    public static TextBundle bundle(String baseName) {
        // Not computeIfAbsent(baseName, TextBundle::new): the start-up's threads ask for their first bundles at
        // the same moment, and each thread that meets a method reference before it is linked makes a class
        // of its own for it, milliseconds of CPU on a start of a hundred.
        TextBundle bundle = BUNDLES.get(baseName);
        if (bundle == null) {
            TextBundle made = new TextBundle(baseName);
            bundle = BUNDLES.putIfAbsent(baseName, made);
            if (bundle == null) {
                bundle = made;
            }
        }
        return bundle;
    }
}

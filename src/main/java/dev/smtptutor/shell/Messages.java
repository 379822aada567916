package dev.smtptutor.shell;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/**
 * The shell's own words, {@code messages.properties} and its translations, through the one text
 * source, with {@code {name}} placeholders.
 */
public final class Messages {

    private static final TextBundle TEXTS = Texts.bundle("dev/smtptutor/shell/messages");

    private Messages() {}

    public static String get(String key) {
        return TEXTS.get(key);
    }

    /** The message with each {@code {name}} replaced by its value. */
    public static String get(String key, Map<String, ?> values) {
        return TEXTS.get(key, values);
    }

    public static String get(String key, String name, Object value) {
        return TEXTS.get(key, name, value);
    }

    /** The languages whose first screen has been read ahead, or is being read. */
    private static final java.util.Set<dev.smtptutor.text.Language> READ_AHEAD =
            java.util.EnumSet.noneOf(dev.smtptutor.text.Language.class);

    /**
     * Reads ahead, on a thread of its own, the words the shell's first screen shows in the current
     * language: its own messages and the first explanations' (the banner's, QUIT's). Once per language:
     * the start asks as soon as the language is chosen, and a shell asks again as it is made (a test's,
     * or one started without the start's threads); each file is read once, whoever asks first.
     */
    public static void prepareFirstScreenAside() {
        dev.smtptutor.text.Language language = Texts.language();
        synchronized (READ_AHEAD) {
            if (!READ_AHEAD.add(language)) {
                return;
            }
        }
        // A Thread subclass, not a lambda: this runs first thing at the start, where linking one is milliseconds.
        Thread words = new Thread("smtp-tutor-first-words") {
            @Override
            public void run() {
                TEXTS.texts(language);
                dev.smtptutor.explain.Explainer.standard().prepare();
            }
        };
        words.setDaemon(true);
        words.start();
    }
}

package dev.smtptutor.client;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.Map;

/** This package's words (problems, certificate issues) through the one text source. */
final class ResourceTexts {

    private final TextBundle bundle;

    private ResourceTexts(TextBundle bundle) {
        this.bundle = bundle;
    }

    static ResourceTexts load(String name) {
        return new ResourceTexts(Texts.bundle("dev/smtptutor/client/" + name));
    }

    /** The text for a key with its placeholders filled in; a missing key is a packaging bug. */
    String text(String key, Map<String, ?> values) {
        return bundle.get(key, values);
    }
}

package dev.smtptutor.web;

import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every word of the pages and the report: the bundle {@code dev/smtptutor/web/pages} of the
 * project's one text source, in the current language with English fallback.
 */
public final class WebTexts {

    private final TextBundle bundle;

    private WebTexts(TextBundle bundle) {
        this.bundle = bundle;
    }

    public static WebTexts standard() {
        return new WebTexts(Texts.bundle("dev/smtptutor/web/pages"));
    }

    /** The text for a key; a missing key is a bug in pages.properties. */
    public String get(String key) {
        return bundle.get(key);
    }

    /** The text with its placeholders filled: {@code get("report.student", "id", "s03", "name", "Ana")}. */
    public String get(String key, String... namesAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return bundle.get(key, values);
    }

    /** The words whose keys start with {@code prefix}, for the pages' scripts (which hold no words). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (String key : bundle.keys()) {
            if (key.startsWith(prefix)) {
                out.put(key, bundle.get(key));
            }
        }
        return out;
    }
}

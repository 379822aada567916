package dev.smtptutor.client;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words read from a resource bundle (UTF-8 properties, one file per language when translated), for
 * this package and for the shell and command line above it. Placeholders are named, {@code {host}},
 * so a translator can reorder them without counting arguments.
 */
public final class ResourceTexts {

    private final ResourceBundle bundle;

    private ResourceTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ResourceTexts load(String name) {
        return bundle("dev.smtptutor.client." + name);
    }

    /** The bundle with this base name, e.g. "dev.smtptutor.shell.messages". */
    public static ResourceTexts bundle(String baseName) {
        return new ResourceTexts(ResourceBundle.getBundle(baseName));
    }

    /** The text for a key with its placeholders filled in; a missing key is a packaging bug. */
    public String text(String key, Map<String, ?> values) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return fill(template, values);
    }

    static String fill(String template, Map<String, ?> values) {
        String out = template;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            out = out.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return out;
    }
}

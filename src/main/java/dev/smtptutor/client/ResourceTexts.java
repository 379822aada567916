package dev.smtptutor.client;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of this package, read from resource bundles under {@code dev/smtptutor/client/} (UTF-8
 * properties, one file per language when translated). Placeholders are named, {@code {host}}, so a
 * translator can reorder them without counting arguments.
 */
final class ResourceTexts {

    private final ResourceBundle bundle;

    private ResourceTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ResourceTexts load(String name) {
        return new ResourceTexts(ResourceBundle.getBundle("dev.smtptutor.client." + name));
    }

    /** The text for a key with its placeholders filled in; a missing key is a packaging bug. */
    String text(String key, Map<String, String> values) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return fill(template, values);
    }

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("{" + value.getKey() + "}", value.getValue());
        }
        return out;
    }
}

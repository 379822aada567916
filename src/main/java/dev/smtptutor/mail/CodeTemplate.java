package dev.smtptutor.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program skeleton kept as a resource file, so a teacher reads the generated code as it will look.
 * Two rules only: {@code {{name}}} is replaced by a value, and a line starting with {@code ?flag|}
 * (or {@code ?!flag|}) is kept, without the prefix, only when the flag is set (or not set).
 */
final class CodeTemplate {

    private static final Pattern CONDITION = Pattern.compile("^\\?(!?)([a-zA-Z0-9-]+)\\|");
    private static final Pattern VALUE = Pattern.compile("\\{\\{([a-zA-Z0-9-]+)}}");

    private final String name;
    private final String text;

    private CodeTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static CodeTemplate load(String resource) {
        try (InputStream in = CodeTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from dev/smtptutor/mail/");
            }
            return new CodeTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, String> values, Set<String> flags) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher condition = CONDITION.matcher(line);
            if (condition.find()) {
                boolean wanted = flags.contains(condition.group(2)) != condition.group(1).equals("!");
                if (!wanted) {
                    continue;
                }
                line = line.substring(condition.end());
            }
            out.append(fill(line, values)).append('\n');
        }
        out.setLength(out.length() - 1); // the split added one line end too many
        return out.toString();
    }

    private String fill(String line, Map<String, String> values) {
        Matcher value = VALUE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (value.find()) {
            String replacement = values.get(value.group(1));
            if (replacement == null) {
                throw new IllegalStateException(name + " uses {{" + value.group(1) + "}}, which has no value");
            }
            value.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        value.appendTail(out);
        return out.toString();
    }
}

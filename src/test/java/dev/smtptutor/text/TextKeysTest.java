package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key written as a literal in the code exists in the English file it is looked up in, and
 * every .properties file of the product is known to {@code i18n check}. Keys built at run time
 * ("cmd." + name() + ".usage") are covered by the tests of the features that show them.
 */
class TextKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/smtptutor");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** A facade call and the bundle it reads: the first argument is the key. */
    private static final Map<Pattern, String> FACADES = Map.of(
            call("Messages\\.get"), "dev/smtptutor/shell/messages",
            call("LessonTexts\\.get"), "dev/smtptutor/lesson/texts",
            call("ProbeTexts\\.get"), "dev/smtptutor/cli/probe",
            call("CliTexts\\.get"), "dev/smtptutor/cli/messages",
            call("LABELS\\.get"), "dev/smtptutor/explain/labels");

    /** The explainers' fields and the knowledge file each is given (see explain.Knowledge and Explainer). */
    private static final Map<String, String> EXPLAIN_FIELDS = Map.of(
            "Explainer.java:replies", "dev/smtptutor/explain/replies",
            "EnhancedExplainer.java:texts", "dev/smtptutor/explain/enhanced",
            "CapabilityExplainer.java:texts", "dev/smtptutor/explain/capabilities",
            "ChallengeDecoder.java:texts", "dev/smtptutor/explain/challenges",
            "MomentTexts.java:texts", "dev/smtptutor/explain/in-context");

    private static final Pattern MAIL_FIELD = Pattern.compile("(\\w+) = MailTexts\\.(headers|bounce|problems)\\(\\)");
    private static final Pattern MAIL_CHAIN = Pattern.compile("MailTexts\\.(headers|bounce|problems)\\(\\)\\.(?:get|find)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern CLIENT_FIELD = Pattern.compile("(\\w+) = ResourceTexts\\.load\\(\"([\\w-]+)\"\\)");

    private static Pattern call(String method) {
        return Pattern.compile("\\b" + method + "\\(\\s*\"([^\"]+)\"(\\s*\\+)?");
    }

    @Test
    void everyKeyWrittenInTheCodeIsInItsEnglishFile() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            String name = file.getFileName().toString();
            Map<Pattern, String> calls = new HashMap<>(FACADES);
            Matcher mail = MAIL_FIELD.matcher(code);
            while (mail.find()) {
                calls.put(call(mail.group(1) + "\\.(?:get|find)"), "dev/smtptutor/mail/" + mail.group(2));
            }
            Matcher client = CLIENT_FIELD.matcher(code);
            while (client.find()) {
                calls.put(call(client.group(1) + "\\.text"), "dev/smtptutor/client/" + client.group(2));
            }
            EXPLAIN_FIELDS.forEach((field, bundle) -> {
                if (field.startsWith(name + ":")) {
                    calls.put(call(field.substring(name.length() + 1) + "\\.(?:require|get)"), bundle);
                }
            });
            for (Map.Entry<Pattern, String> facade : calls.entrySet()) {
                Matcher m = facade.getKey().matcher(code);
                while (m.find()) {
                    checked++;
                    if (!has(facade.getValue(), m.group(1), m.group(2) != null)) {
                        missing.add(file + ": '" + m.group(1) + (m.group(2) != null ? "...'" : "'")
                                + " is not in " + facade.getValue() + ".properties");
                    }
                }
            }
            Matcher chain = MAIL_CHAIN.matcher(code);
            while (chain.find()) {
                checked++;
                if (!english("dev/smtptutor/mail/" + chain.group(1)).contains(chain.group(2))) {
                    missing.add(file + ": '" + chain.group(2) + "' is not in mail/" + chain.group(1) + ".properties");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 300, "only " + checked + " key literals found: has the code's way of asking for texts changed?");
    }

    @Test
    void aKeyMissingFromEnglishWouldBeFound() {
        assertTrue(!english("dev/smtptutor/shell/messages").contains("no.such.key"));
        assertTrue(english("dev/smtptutor/shell/messages").contains("welcome"));
    }

    @Test
    void everyPropertiesFileOfTheProductIsListedForTheTranslationCheck() throws IOException {
        Set<String> listed = new TreeSet<>();
        TranslationCheck.ofClassPath().subjects().forEach(s -> listed.add(s.baseName()));
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".properties"))
                    .map(p -> p.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
                    .forEach(found::add);
        }
        found.removeAll(listed);
        assertEquals(Set.of(), found, "add these to " + TranslationCheck.BUNDLES);
    }

    /** The key, or for a literal the code continues ("cmd." + name), some key that starts with it. */
    private static boolean has(String baseName, String key, boolean prefix) {
        return prefix ? english(baseName).stream().anyMatch(k -> k.startsWith(key)) : english(baseName).contains(key);
    }

    private static Set<String> english(String baseName) {
        return Texts.bundle(baseName).keys();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}

package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The knowledge files are copies of the project's shared reference data (checked when the shared folder sits
 * beside the project, as in the team's checkout) and are consistent among themselves.
 */
class KnowledgeFilesTest {

    private static final Path SHARED = Path.of(System.getProperty("user.dir")).resolveSibling("shared").resolve("data");

    private static List<String> dataLines(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).toList();
    }

    private static String shared(String file) throws IOException {
        Path path = SHARED.resolve(file);
        assumeTrue(Files.isReadable(path), "the shared reference data is not beside this checkout");
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply-codes.tsv", "enhanced-codes.tsv"})
    void tableIsTheSharedCopyVerbatim(String file) throws IOException {
        assertEquals(dataLines(shared(file)), dataLines(Resources.text(file)));
    }

    @Test
    void firstTwelveCommandsAreTheSeedReferenceVerbatim() throws IOException {
        List<String> seed = dataLines(shared("seed-reference.tsv"));
        List<String> ours = dataLines(Resources.text("commands.tsv")).stream()
                .map(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 5))).toList();
        assertEquals(13, seed.size());
        assertEquals(seed, ours.subList(0, 13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply-codes.tsv", "enhanced-codes.tsv", "commands.tsv", "replies.properties",
            "in-context.properties", "enhanced.properties", "capabilities.properties", "challenges.properties"})
    void everyKnowledgeFileOpensWithADeveloperNote(String file) {
        assertTrue(Resources.text(file).startsWith("# smtp-tutor knowledge: "), file);
    }

    @Test
    void everyReplyCodeHasPlainWordsAndANextStep() {
        Texts replies = Texts.load("replies.properties");
        for (ReplyCodeEntry entry : Reference.standard().replyCodes()) {
            assertTrue(replies.get("code." + entry.code()).isPresent(), "plain words for " + entry.code());
            assertTrue(replies.get("code." + entry.code() + ".next").isPresent(), "next step for " + entry.code());
        }
    }

    @Test
    void everyInContextKeyNamesAKnownCodeMomentAndQualifier() {
        Set<String> moments = Stream.concat(Arrays.stream(Verb.values()).map(Verb::name),
                Stream.of("BDAT-LAST", "greeting", "message-end", "auth-response", "unrecognized")).collect(Collectors.toSet());
        Set<String> qualifiers = Stream.concat(Arrays.stream(SmtpState.values()).map(SmtpState::name),
                Stream.of("tls", "notls")).collect(Collectors.toSet());
        Texts texts = Texts.load("in-context.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : texts.keys()) {
            String base = key.endsWith(".next") ? key.substring(0, key.length() - ".next".length()) : key;
            String[] parts = base.split("\\.");
            boolean ok = parts.length >= 2 && parts.length <= 3
                    && Reference.standard().replyCode(Integer.parseInt(parts[0])).isPresent()
                    && moments.contains(parts[1])
                    && (parts.length == 2 || qualifiers.contains(parts[2]))
                    && texts.get(base).isPresent();
            if (!ok) {
                wrong.add(key);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyEnhancedTextNamesARegistryCodeOrAPart() {
        Set<String> templates = Set.of("registered", "unknown-detail", "unknown-subject", "mismatch");
        Texts texts = Texts.load("enhanced.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : texts.keys()) {
            String base = key.endsWith(".next") ? key.substring(0, key.length() - ".next".length()) : key;
            boolean ok = templates.contains(base)
                    || base.matches("class\\.[245]")
                    || (base.matches("subject\\.\\d") && Reference.standard().enhanced("X." + base.substring(8) + ".YYY").isPresent())
                    || (base.matches("[245X]\\.\\d+\\.\\d+") && Reference.standard().enhanced(base.replaceFirst("^[245]", "X")).isPresent());
            if (!ok) {
                wrong.add(key);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyChallengeKindHasAMeaningAndANextStep() {
        Texts texts = Texts.load("challenges.properties");
        for (Challenge.Kind kind : Challenge.Kind.values()) {
            String key = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertTrue(texts.get(key).isPresent() && texts.get(key + ".next").isPresent(), key);
        }
    }
}

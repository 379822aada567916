package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The knowledge files hold the reference data verbatim and are consistent among themselves. The project's
 * own copy is the reference: the registry tables and the seed reference's columns are pinned by a digest
 * of their data lines, so an edit by accident fails here, and a deliberate one updates the digest beside
 * the reason for it.
 */
class KnowledgeFilesTest {

    /** SHA-256 of the data lines (comments dropped, each line ended with LF), as taken from the registries. */
    private static final Map<String, String> TABLE_DIGESTS = Map.of(
            "reply-codes.tsv", "9f8de11fc2db72d10056fc67e6e336e35154ba8935b58cc83868260875649119",
            "enhanced-codes.tsv", "18073a56911e58aa0b053bbcd976305b01a33fac9ccb24832c3cd4ec5045d8dc");
    /** The same for the seed reference (12 commands and its header): commands.tsv's first five columns. */
    private static final String SEED_DIGEST = "01738f275561bcaa738905f1670bb101ed8a0aaeade2cd19caeb4ef86e2ce5e2";

    private static List<String> dataLines(String text) {
        return text.lines().filter(l -> !l.startsWith("#")).toList();
    }

    private static String digest(List<String> lines) throws NoSuchAlgorithmException {
        byte[] bytes = lines.stream().map(l -> l + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String knowledge(String file) throws IOException {
        try (InputStream in = KnowledgeFilesTest.class.getResourceAsStream("/dev/smtptutor/explain/" + file)) {
            assertNotNull(in, file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply-codes.tsv", "enhanced-codes.tsv"})
    void tableIsTheRegistryCopyVerbatim(String file) throws Exception {
        assertEquals(TABLE_DIGESTS.get(file), digest(dataLines(knowledge(file))), file + " differs from the copy taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply-codes.tsv", "enhanced-codes.tsv"})
    void tableHasItsHeaderThreeColumnsAndEachCodeOnce(String file) throws IOException {
        List<String> lines = dataLines(knowledge(file));
        assertEquals(List.of("code", "source"), List.of(lines.get(0).split("\t")[0], lines.get(0).split("\t")[2]));
        Set<String> codes = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals(3, columns.length, line);
            assertTrue(columns[0].matches("[2-5]\\d\\d|[245X]\\.(XXX|\\d{1,3})\\.(YYY|\\d{1,3})"), line);
            assertTrue(codes.add(columns[0]), "twice: " + columns[0]);
        }
    }

    @Test
    void firstTwelveCommandsAreTheSeedReferenceVerbatim() throws Exception {
        List<String> ours = dataLines(knowledge("commands.tsv")).stream()
                .map(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 5))).toList();
        assertEquals(List.of("command", "category", "syntax", "description", "example"),
                List.of(ours.get(0).split("\t")));
        assertEquals(SEED_DIGEST, digest(ours.subList(0, 13)));
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

package dev.smtptutor.explain;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference tables the tutor teaches from: the commands ({@code /ref}), the basic reply codes and the
 * enhanced status code registry ({@code /codes}), in one language. Each table is read from the knowledge
 * files once, when first asked for; immutable.
 */
public final class Reference {

    // Explaining the banner needs only the reply codes: the other tables wait for /ref, /codes, a tail tip.
    private final Language language;
    private final Lazy<List<CommandEntry>> commands = new Lazy<>(this::loadCommands);
    private final Lazy<Map<Integer, ReplyCodeEntry>> replyCodes = new Lazy<>(this::loadReplyCodes);
    private final Lazy<Map<String, EnhancedEntry>> enhanced = new Lazy<>(this::loadEnhanced);

    private Reference(Language language) {
        this.language = language;
    }

    /** Adds an entry by its key, keeping the table's order; a key twice is a packaging bug. */
    private static <K, V> void putOnce(Map<K, V> byKey, K key, V value) {
        if (byKey.put(key, value) != null) {
            throw new IllegalStateException("duplicate entry " + key);
        }
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    private static final Map<Language, Reference> BY_LANGUAGE = new EnumMap<>(Language.class);
    private static int generation = Texts.generation();

    /** The reference of the knowledge files in the jar, in the current language, read on first use. */
    public static Reference standard() {
        Language language = Texts.language();
        synchronized (BY_LANGUAGE) {
            if (generation != Texts.generation()) {
                BY_LANGUAGE.clear();
                generation = Texts.generation();
            }
            Reference reference = BY_LANGUAGE.get(language);
            if (reference == null) {
                reference = new Reference(language);
                BY_LANGUAGE.put(language, reference);
            }
            return reference;
        }
    }

    /*
     * Each table is the English one with its language's words laid over it. A translation of a table,
     * commands_es.tsv beside commands.tsv, holds the key column and only the prose columns it translates;
     * a row it lacks stays English. Commands, syntax and codes are never translated.
     */
    private List<CommandEntry> loadCommands() {
        return table("commands", "command").stream()
                .map(r -> new CommandEntry(r.get("command"), CommandCategory.of(r.get("category")), r.get("syntax"),
                        r.get("description"), r.get("example"), r.get("rfc")))
                .toList();
    }

    // The reply codes and the enhanced codes are read before the first prompt (the banner's explanation, and
    // QUIT's): written as loops, since a stream or a lambda would be the first of its kind at that moment,
    // each costing milliseconds of set-up (docs/architecture.md, "How the tutor starts").
    private Map<Integer, ReplyCodeEntry> loadReplyCodes() {
        Map<Integer, ReplyCodeEntry> byCode = new LinkedHashMap<>();
        for (TsvTable.Row r : table("reply-codes", "code")) {
            ReplyCodeEntry entry = new ReplyCodeEntry(Integer.parseInt(r.get("code")), r.get("meaning"), r.get("source"));
            putOnce(byCode, entry.code(), entry);
        }
        return java.util.Collections.unmodifiableMap(byCode);
    }

    private Map<String, EnhancedEntry> loadEnhanced() {
        Map<String, EnhancedEntry> byCode = new LinkedHashMap<>();
        for (TsvTable.Row r : table("enhanced-codes", "code")) {
            EnhancedEntry entry = new EnhancedEntry(r.get("code"), r.get("title"), r.get("source"));
            putOnce(byCode, entry.code(), entry);
        }
        return java.util.Collections.unmodifiableMap(byCode);
    }

    private List<TsvTable.Row> table(String name, String keyColumn) {
        TsvTable english = TsvTable.parse(name + ".tsv", Resources.text(name + ".tsv"));
        Optional<String> translation = Resources.translation(name, "tsv", language);
        if (translation.isEmpty()) {
            return english.rows();
        }
        TsvTable words = TsvTable.parse(name + "_" + language.code() + ".tsv", translation.get());
        Map<String, TsvTable.Row> byKey = new HashMap<>();
        for (TsvTable.Row row : words.rows()) {
            byKey.put(row.get(keyColumn), row);
        }
        List<TsvTable.Row> rows = new ArrayList<>();
        for (TsvTable.Row row : english.rows()) {
            TsvTable.Row translated = byKey.get(row.get(keyColumn));
            rows.add(translated == null ? row : row.overlaid(translated, keyColumn));
        }
        return List.copyOf(rows);
    }

    /** Every command of the reference, in teaching order. */
    public List<CommandEntry> commands() {
        return commands.get();
    }

    /**
     * The command a learner names, however they write it: "mail", "MAIL FROM", "rcpt to:&lt;x@y&gt;", "ehlo".
     * Only the first word counts, ignoring case.
     */
    public Optional<CommandEntry> command(String name) {
        String word = name.strip().split("[\\s:]+", 2)[0].toUpperCase(Locale.ROOT);
        return commands.get().stream().filter(c -> c.verb().equals(word)).findFirst();
    }

    /** The basic reply codes, in the order of the table (RFC 5321 codes first, then extension codes). */
    public List<ReplyCodeEntry> replyCodes() {
        return List.copyOf(replyCodes.get().values());
    }

    public Optional<ReplyCodeEntry> replyCode(int code) {
        return Optional.ofNullable(replyCodes.get().get(code));
    }

    /** Every registry entry: classes, subjects and codes. */
    public List<EnhancedEntry> enhancedCodes() {
        return List.copyOf(enhanced.get().values());
    }

    /**
     * The registry entry for "5.1.1" (found as X.1.1), "X.1.1", a subject "X.1.YYY" or a class "5.XXX.YYY";
     * empty for anything else.
     */
    public Optional<EnhancedEntry> enhanced(String code) {
        String key = code.strip().toUpperCase(Locale.ROOT);
        Optional<EnhancedStatusCode> parsed = EnhancedStatusCode.parse(key);
        if (parsed.isPresent()) {
            key = parsed.get().registryKey();
        }
        return Optional.ofNullable(enhanced.get().get(key));
    }

    public Optional<EnhancedEntry> enhanced(EnhancedStatusCode code) {
        return Optional.ofNullable(enhanced.get().get(code.registryKey()));
    }
}

package dev.smtptutor.explain;

import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cause behind a reply: the first row of causes.tsv whose codes and words match, with the details
 * the reply names (the sending IP, the blocklist, the domain) filled into its words. Pure: it reads only the
 * text handed to it, and the tables it was built with.
 */
final class CauseFinder {

    private static final int MAX_TEXT = 4096;

    /**
     * The patterns, compiled when a cause is first looked for: {@link #mayHaveCause} is asked of every
     * reply, the banner's too, and compiling them is milliseconds of the shell's start.
     */
    private static final class Shapes {
        // The sending IP as replies write it: "[192.0.2.1]", "from 192.0.2.1", "IP: 192.0.2.1".
        static final Pattern IPV4 = Pattern.compile("(?<![\\d.])((?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3})(?![\\d.]*\\d)");
        static final Pattern IPV6 = Pattern.compile("\\[(?:IPv6:)?([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})]");
        static final Pattern WHITESPACE = Pattern.compile("\\s+");
        static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,:]+$");
        static final Pattern DIGITS_AT_END = Pattern.compile("\\d+$");
    }

    record Blocklist(Pattern pattern, String name, String lookup) {}

    private final List<CauseRule> rules;
    private final List<Blocklist> blocklists;
    private final Texts words;
    // Code-only rows below the last row with a text are the weakest evidence: a standard code alone.
    private final int lastTextRow;

    CauseFinder(List<CauseRule> rules, List<Blocklist> blocklists, Texts words) {
        this.rules = List.copyOf(rules);
        this.blocklists = List.copyOf(blocklists);
        this.words = words;
        this.lastTextRow = rules.stream().filter(r -> r.text().isPresent()).mapToInt(CauseRule::line).max().orElse(0);
    }

    static CauseFinder load() {
        List<CauseRule> rules = TsvTable.parse("causes.tsv", Resources.text("causes.tsv")).rows().stream()
                .map(row -> CauseRule.of(row, "causes.tsv")).toList();
        List<Blocklist> lists = TsvTable.parse("blocklists.tsv", Resources.text("blocklists.tsv")).rows().stream()
                .map(row -> new Blocklist(Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE),
                        row.get("name"), row.get("lookup"))).toList();
        return new CauseFinder(rules, lists, Texts.load("causes.properties"));
    }

    List<CauseRule> rules() {
        return rules;
    }

    Texts words() {
        return words;
    }

    /** Only negative replies (4xx, 5xx) have a cause; a caller can skip loading the tables for the others. */
    static boolean mayHaveCause(int code) {
        return code >= 400;
    }

    /**
     * The cause of a reply with this code, enhanced code and text (everything after the code, all lines).
     * Positive replies (2xx, 3xx) have no cause.
     */
    Optional<Cause> find(int code, Optional<EnhancedStatusCode> enhanced, String text) {
        if (!mayHaveCause(code)) {
            return Optional.empty();
        }
        String folded = fold(text);
        for (CauseRule rule : rules) {
            if (!rule.codesMatch(code, enhanced)) {
                continue;
            }
            if (rule.text().isEmpty()) {
                return Optional.of(cause(rule, folded, Map.of(), rule.line() < lastTextRow));
            }
            Matcher m = rule.text().get().matcher(folded);
            if (m.find()) {
                Map<String, String> details = new HashMap<>();
                for (String group : rule.groups()) {
                    String value = m.group(group);
                    if (value != null && !value.isBlank()) {
                        details.putIfAbsent(Shapes.DIGITS_AT_END.matcher(group).replaceAll(""),
                                Shapes.TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll(""));
                    }
                }
                return Optional.of(cause(rule, folded, details, !sameAsCodesAlone(rule, code, enhanced)));
            }
        }
        return Optional.empty();
    }

    /** True when the standard codes alone lead to the same words: then the reply's words added nothing. */
    private boolean sameAsCodesAlone(CauseRule found, int code, Optional<EnhancedStatusCode> enhanced) {
        return rules.stream().filter(r -> r.text().isEmpty() && r.line() > lastTextRow && r.codesMatch(code, enhanced))
                .findFirst().filter(r -> r.key().equals(found.key())).isPresent();
    }

    private Cause cause(CauseRule rule, String text, Map<String, String> found, boolean fromWords) {
        Map<String, String> details = new HashMap<>(found);
        if (!details.containsKey("ip")) {
            ip(text).ifPresent(ip -> details.put("ip", ip));
        }
        if (rule.id().equals("blocklisted") || details.containsKey("list")) {
            Optional<Blocklist> list = blocklist(details.get("list"), text);
            list.ifPresent(l -> {
                details.put("list", l.name());
                details.put("lookup", l.lookup());
            });
        }
        Map<String, String> values = new HashMap<>();
        for (String name : List.of("ip", "domain", "list", "lookup")) {
            String value = details.get(name);
            values.put(name, value == null ? words.require("detail." + name + ".unknown")
                    : Texts.fill(words.require("detail." + name + ".found"), Map.of("value", value)));
        }
        String prefix = "cause." + rule.key() + ".";
        return new Cause(rule.id(), rule.key(), capitalise(Texts.fill(words.require(prefix + "words"), values)),
                capitalise(Texts.fill(words.require(prefix + "sender"), values)),
                capitalise(Texts.fill(words.require(prefix + "admin"), values)), fromWords);
    }

    private Optional<Blocklist> blocklist(String named, String text) {
        if (named != null) {
            for (Blocklist list : blocklists) {
                if (list.pattern().matcher(named).find()) {
                    return Optional.of(list);
                }
            }
        }
        for (Blocklist list : blocklists) {
            if (list.pattern().matcher(text).find()) {
                return Optional.of(list);
            }
        }
        // A list the table does not know is named as the reply names it, without a lookup page.
        return named == null ? Optional.empty() : Optional.of(new Blocklist(null, named,
                words.require("detail.lookup.unknown")));
    }

    static Optional<String> ip(String text) {
        Matcher v4 = Shapes.IPV4.matcher(text);
        if (v4.find()) {
            return Optional.of(v4.group(1));
        }
        Matcher v6 = Shapes.IPV6.matcher(text);
        return v6.find() ? Optional.of(v6.group(1)) : Optional.empty();
    }

    /** Whitespace folded to single spaces, capped: a reply's words, however it was wrapped. */
    static String fold(String text) {
        String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return Shapes.WHITESPACE.matcher(capped).replaceAll(" ").strip();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package dev.smtptutor.sim;

import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlFile;
import dev.smtptutor.files.YamlMap;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario file into a {@link Scenario}, checking everything before anything runs. The YAML
 * is composed into a node tree, not turned into objects, so every value keeps its line number and
 * every problem is reported as {@code file:line: message}; all of a file's problems are reported at
 * once. The format is documented in the built-in {@code default.yaml}.
 */
public final class ScenarioLoader {

    /** What is wrong with a scenario file, in the reader's language (sim/messages, keys file.*). */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");


    public static final int FORMAT_VERSION = 1;

    private static final List<String> TOP = List.of("format_version", "name", "summary", "description",
            "settings", "rules");
    private static final List<String> SETTINGS = List.of("tls", "tls_required", "auth_requires_tls",
            "auth_required", "size_limit", "max_recipients", "vrfy", "idle_timeout", "bare_newlines", "relay",
            "dsn", "chunking", "enhanced_status_codes", "xoauth2_token", ScenarioUsers.KEY);
    private static final List<String> RULE = List.of("name", "when", "then");
    private static final List<String> WHEN = List.of("command", "attempt", "retry_delay", "address", "state",
            "tls", "authenticated");
    private static final List<String> THEN = List.of("delay", "reply", "bounce", "disconnect");

    private static final Map<String, VrfyPolicy> VRFY = words(VrfyPolicy.values());
    private static final Map<String, BareNewlinePolicy> BARE_NEWLINES = words(BareNewlinePolicy.values());
    private static final Map<String, RelayPolicy> RELAY = words(RelayPolicy.values());
    // Commands never arrive in DATA (lines are message text) or CLOSED, so those are no rule's state.
    private static final Map<String, SmtpState> STATES = words(SmtpState.CONNECTED, SmtpState.GREETED,
            SmtpState.MAIL, SmtpState.RCPT);

    private ScenarioLoader() {}

    public static Scenario load(String source, String text) {
        return load(source, new StringReader(text));
    }

    /**
     * @param source how messages name the file: {@code scenarios/greylist.yaml} or the path given
     * @throws ScenarioException listing every problem of the file
     */
    public static Scenario load(String source, Reader reader) {
        FileProblems problems = new FileProblems(source);
        Optional<Node> document = YamlFile.read(reader, problems);
        if (problems.any()) {
            throw new ScenarioException(problems.lines());
        }
        if (document.isEmpty()) {
            problems.add(1, WORDS.get("file.empty", "version", FORMAT_VERSION));
            throw new ScenarioException(problems.lines());
        }
        Node root = document.get();
        if (!(root instanceof MappingNode mapping)) {
            problems.add(root, WORDS.get("file.not-a-mapping", "kind", YamlMap.kind(root)));
            throw new ScenarioException(problems.lines());
        }
        YamlMap top = new YamlMap(mapping, TOP, problems);
        top.required("format_version").ifPresent(v -> top.number("format_version", 1)
                .filter(version -> version != FORMAT_VERSION)
                .ifPresent(version -> problems.add(v, WORDS.get("file.format-version",
                        Map.of("found", version, "version", FORMAT_VERSION)))));
        Optional<String> name = top.required("name").flatMap(v -> top.text("name", v)).filter(n -> {
            boolean ok = n.matches("[a-z0-9][a-z0-9-]*");
            if (!ok) {
                problems.add(top.value("name").orElseThrow(), WORDS.get("file.name", "name", n));
            }
            return ok;
        });
        Optional<String> summary = top.required("summary").flatMap(v -> top.text("summary", v)).filter(s -> {
            if (s.strip().contains("\n")) {
                problems.add(top.value("summary").orElseThrow(), WORDS.get("file.summary-one-line"));
                return false;
            }
            return true;
        });
        String description = top.text("description").orElse("");
        SimConfig config = settings(top.map("settings", SETTINGS), problems);
        Map<String, Integer> ruleNames = new HashMap<>();
        List<Rule> rules = top.list("rules", node -> rule(node, source, ruleNames, problems));
        if (problems.any()) {
            throw new ScenarioException(problems.lines());
        }
        return new Scenario(name.orElseThrow(), summary.orElseThrow().strip(), description.strip(), config, rules,
                source);
    }

    private static SimConfig settings(Optional<YamlMap> section, FileProblems problems) {
        SimConfig.Builder builder = SimConfig.defaults().toBuilder();
        if (section.isEmpty()) {
            return builder.build();
        }
        YamlMap s = section.get();
        s.bool("tls").ifPresent(builder::tlsAvailable);
        s.bool("tls_required").ifPresent(builder::tlsRequired);
        s.bool("auth_requires_tls").ifPresent(builder::authRequiresTls);
        s.bool("auth_required").ifPresent(builder::authRequired);
        s.number("size_limit", 1).ifPresent(builder::sizeLimit);
        s.number("max_recipients", 1).ifPresent(n -> builder.maxRecipients((int) Math.min(n, Integer.MAX_VALUE)));
        s.choice("vrfy", VRFY).ifPresent(builder::vrfyPolicy);
        s.duration("idle_timeout").ifPresent(timeout -> {
            if (timeout.isZero()) {
                problems.add(s.value("idle_timeout").orElseThrow(), WORDS.get("file.idle-timeout"));
            } else {
                builder.idleTimeout(timeout);
            }
        });
        s.choice("bare_newlines", BARE_NEWLINES).ifPresent(builder::bareNewlines);
        s.choice("relay", RELAY).ifPresent(builder::relayPolicy);
        s.bool("dsn").ifPresent(builder::dsn);
        s.bool("chunking").ifPresent(builder::chunking);
        s.bool("enhanced_status_codes").ifPresent(builder::enhancedStatusCodes);
        ScenarioUsers.read(s, problems).ifPresent(builder::users);
        s.text("xoauth2_token").ifPresent(token -> {
            // RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
            if (token.matches("[A-Za-z0-9._~+/-]+=*")) {
                builder.xoauth2Token(Optional.of(token));
            } else {
                problems.add(s.value("xoauth2_token").orElseThrow(), WORDS.get("file.xoauth2-token"));
            }
        });
        SimConfig config = builder.build();
        if (config.tlsRequired() && !config.tlsAvailable()) {
            problems.add(s.lineOf("tls_required"), WORDS.get("file.tls-required"));
        }
        if (config.authRequired() && config.authRequiresTls() && !config.tlsAvailable()) {
            problems.add(s.lineOf("auth_required"), WORDS.get("file.auth-required"));
        }
        return config;
    }

    private static Optional<Rule> rule(Node node, String source, Map<String, Integer> names, FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, WORDS.get("file.rule-not-a-mapping", "kind", YamlMap.kind(node)));
            return Optional.empty();
        }
        YamlMap rule = new YamlMap(mapping, RULE, problems);
        Optional<String> name = rule.text("name");
        name.ifPresent(n -> {
            Integer first = names.putIfAbsent(n, rule.lineOf("name"));
            if (first != null) {
                problems.add(rule.value("name").orElseThrow(), WORDS.get("file.duplicate-rule", Map.of("name", n, "first", first)));
            }
        });
        rule.required("when");
        rule.required("then");
        Optional<RuleCondition> when = rule.map("when", WHEN).flatMap(w -> condition(w, problems));
        Optional<List<RuleAction>> then = rule.map("then", THEN)
                .flatMap(t -> actions(t, when.map(RuleCondition::events).orElse(Set.of()), problems));
        if (when.isEmpty() || then.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(name, when.get(), then.get(), source + ":" + rule.line()));
    }

    private static Optional<RuleCondition> condition(YamlMap when, FileProblems problems) {
        Set<SessionEvent> events = when.required("command").map(v -> events(v, when, problems)).orElse(Set.of());
        OptionalInt attempt = when.number("attempt", 1)
                .map(n -> OptionalInt.of((int) Math.min(n, Integer.MAX_VALUE))).orElse(OptionalInt.empty());
        Optional<Duration> retryDelay = when.duration("retry_delay");
        if (retryDelay.isPresent() && !when.has("attempt")) {
            problems.add(when.lineOf("retry_delay"), WORDS.get("file.retry-delay"));
        }
        Optional<AddressPattern> address = when.text("address").map(AddressPattern::new);
        if (address.isPresent() && !events.equals(SessionEvent.COMMANDS)) {
            events.stream().filter(e -> !e.hasAddresses()).findFirst().ifPresent(e -> problems.add(when.lineOf("address"),
                    WORDS.get("file.address", "command", e)));
        }
        Optional<SmtpState> state = when.choice("state", STATES);
        Optional<Boolean> tls = when.bool("tls");
        Optional<Boolean> authenticated = when.bool("authenticated");
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleCondition(events, attempt, retryDelay.orElse(Duration.ZERO), address, state, tls,
                authenticated));
    }

    /** command: RCPT, command: [MAIL, RCPT], or command: "*" for every command. */
    private static Set<SessionEvent> events(Node value, YamlMap when, FileProblems problems) {
        List<Node> items = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
        Set<SessionEvent> events = EnumSet.noneOf(SessionEvent.class);
        boolean ok = !items.isEmpty();
        for (Node item : items) {
            Optional<String> word = when.text("command", item);
            if (word.isPresent() && word.get().equals("*")) {
                events.addAll(SessionEvent.COMMANDS);
                continue;
            }
            Optional<SessionEvent> event = word.flatMap(SessionEvent::named);
            if (word.isPresent() && event.isEmpty()) {
                List<String> known = java.util.Arrays.stream(SessionEvent.values()).map(Enum::name).toList();
                problems.add(item, WORDS.get("file.unknown-command", Map.of("command", word.get(), "hint",
                        YamlMap.hint(word.get(), known, WORDS.get("file.known-commands", "known", String.join(", ", known))))));
            }
            ok &= event.isPresent();
            event.ifPresent(events::add);
        }
        if (items.isEmpty()) {
            problems.add(value, WORDS.get("file.no-command"));
        }
        return ok ? events : Set.of();
    }

    private static Optional<List<RuleAction>> actions(YamlMap then, Set<SessionEvent> events, FileProblems problems) {
        Optional<Duration> delay = then.duration("delay");
        Optional<ReplyTemplate> reply = reply(then, "reply", problems);
        Optional<ReplyTemplate> bounce = reply(then, "bounce", problems);
        boolean disconnect = then.bool("disconnect").orElse(false);
        int before = problems.count();
        if (!then.has("delay") && !then.has("reply") && !then.has("bounce") && !disconnect) {
            problems.add(then.line(), WORDS.get("file.then-empty", "keys", String.join(", ", THEN)));
        }
        if (then.has("reply") && then.has("bounce")) {
            problems.add(then.lineOf("bounce"), WORDS.get("file.reply-and-bounce"));
        }
        bounce.ifPresent(b -> {
            if (!events.equals(Set.of(SessionEvent.RCPT))) {
                problems.add(then.lineOf("bounce"), WORDS.get("file.bounce-rcpt"));
            }
            if (b.code() / 100 != 5) {
                problems.add(then.lineOf("bounce"), WORDS.get("file.bounce-5xx", "code", b.code()));
            }
        });
        reply.ifPresent(r -> {
            // RFC 5321 §3.1: 220, or 554 (no service here; 503 to all but QUIT), or 421 (not now);
            // RFC 7504: 521 (this host accepts no mail at all), then the server closes.
            if (events.contains(SessionEvent.CONNECT) && !List.of(220, 421, 521, 554).contains(r.code())) {
                problems.add(then.lineOf("reply"), WORDS.get("file.connect-reply", "code", r.code()));
            }
            if (events.stream().anyMatch(e -> e != SessionEvent.CONNECT) && r.code() < 400) {
                problems.add(then.lineOf("reply"), WORDS.get("file.rule-reply", "code", r.code()));
            }
        });
        if (problems.count() > before || (then.has("delay") && delay.isEmpty())
                || (then.has("reply") && reply.isEmpty()) || (then.has("bounce") && bounce.isEmpty())) {
            return Optional.empty();
        }
        List<RuleAction> actions = new ArrayList<>();
        delay.ifPresent(d -> actions.add(new RuleAction.Delay(d)));
        reply.ifPresent(r -> actions.add(new RuleAction.Respond(r)));
        bounce.ifPresent(b -> actions.add(new RuleAction.Bounce(b)));
        if (disconnect) {
            actions.add(new RuleAction.Disconnect());
        }
        return Optional.of(actions);
    }

    private static Optional<ReplyTemplate> reply(YamlMap then, String key, FileProblems problems) {
        return then.text(key).flatMap(text -> {
            try {
                return Optional.of(ReplyTemplate.parse(text));
            } catch (IllegalArgumentException bad) {
                problems.add(then.value(key).orElseThrow(), bad.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The words a file uses for enum values: CANNOT_VERIFY is written cannot-verify. */
    @SafeVarargs
    private static <E extends Enum<E>> Map<String, E> words(E... values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.name().toLowerCase(Locale.ROOT).replace('_', '-'), value);
        }
        return map;
    }
}

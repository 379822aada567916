package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlMap;
import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a step's {@code expect:} block: exactly one of command, answer, delivered, authenticated. */
final class ExpectParser {

    private static final List<String> KINDS = List.of("command", "answer", "delivered", "authenticated");
    static final List<String> KEYS = List.of("command", "answer", "delivered", "authenticated", "reply",
            "enhanced", "tls");
    private static final List<String> DELIVERED_KEYS = List.of("from", "to", "has_header", "lacks_header", "has_line");

    private final FileProblems problems;

    ExpectParser(FileProblems problems) {
        this.problems = problems;
    }

    /** @param map the {@code expect:} mapping, opened with {@link #KEYS} */
    Optional<Expectation> parse(YamlMap map) {
        List<String> kinds = KINDS.stream().filter(map::has).toList();
        if (kinds.size() != 1) {
            problems.add(map.line(), "'expect' needs exactly one of command, answer, delivered,"
                    + " authenticated" + (kinds.isEmpty() ? "" : "; found " + String.join(" and ", kinds)));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        boolean sends = kind.equals("command") || kind.equals("answer");
        for (String check : List.of("reply", "enhanced", "tls")) {
            if (!sends && map.has(check)) {
                map.problem(check, "'" + check + "' goes with command or answer, not with " + kind);
            }
        }
        return switch (kind) {
            case "command" -> map.text("command", true).flatMap(text -> line(text, map))
                    .flatMap(line -> replyCheck(map).map(check -> new Expectation.Send(line, check)));
            case "answer" -> answer(map).flatMap(ok -> replyCheck(map))
                    .map(check -> new Expectation.Send(new LinePattern.ChallengeAnswer(), check));
            case "delivered" -> map.map("delivered", DELIVERED_KEYS, true, " in 'delivered'").flatMap(this::delivered)
                    .map(Expectation.Delivered::new);
            default -> map.text("authenticated", true).map(ExpectParser::authenticated);
        };
    }

    private Optional<LinePattern> line(String text, YamlMap map) {
        if (text.strip().equals(".")) {
            return Optional.of(new LinePattern.EndOfMessage());
        }
        try {
            return Optional.of(new LinePattern.CommandLine(CommandPattern.parse(text)));
        } catch (IllegalArgumentException e) {
            map.problem("command", "bad command pattern '" + text.strip() + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Boolean> answer(YamlMap map) {
        Optional<Boolean> answer = map.bool("answer");
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (answer.get()) {
            return answer;
        }
        map.problem("answer", "'answer' takes only true: the learner's answer to a 334 is masked, so only the"
                + " server's reply to it can be checked");
        return Optional.empty();
    }

    private static Expectation authenticated(String mechanism) {
        return new Expectation.Authenticated(mechanism.equalsIgnoreCase("any") ? Optional.empty()
                : Optional.of(mechanism.toUpperCase(java.util.Locale.ROOT)));
    }

    private Optional<ReplyCheck> replyCheck(YamlMap map) {
        boolean ok = true;
        Optional<Integer> code = Optional.empty();
        boolean classOnly = false;
        Optional<Node> reply = map.value("reply");
        if (reply.isPresent()) {
            String value = reply.get() instanceof ScalarNode s ? s.getValue().strip() : "";
            if (value.matches("[2-5]\\d\\d")) {
                code = Optional.of(Integer.parseInt(value));
            } else if (value.matches("[2-5][xX][xX]")) {
                code = Optional.of(value.charAt(0) - '0');
                classOnly = true;
            } else {
                map.problem("reply", "'reply' must be a reply code (e.g. 250) or a class (e.g. 5xx), not '" + value + "'");
                ok = false;
            }
        }
        Optional<EnhancedStatusCode> enhanced = Optional.empty();
        Optional<Node> enhancedNode = map.value("enhanced");
        if (enhancedNode.isPresent()) {
            String value = enhancedNode.get() instanceof ScalarNode s ? s.getValue().strip() : "";
            enhanced = EnhancedStatusCode.parse(value);
            if (enhanced.isEmpty()) {
                map.problem("enhanced", "'enhanced' must be an enhanced status code such as 5.1.1, not '" + value + "'");
                ok = false;
            }
        }
        Optional<Boolean> tls = map.bool("tls");
        if (map.has("tls") && tls.isEmpty()) {
            ok = false;
        }
        return ok ? Optional.of(new ReplyCheck(code, classOnly, enhanced, tls)) : Optional.empty();
    }

    private Optional<DeliveryCheck> delivered(YamlMap map) {
        int before = problems.count();
        Optional<String> from = map.value("from").map(n -> n instanceof ScalarNode s ? s.getValue().strip() : "")
                .map(f -> f.replaceAll("^<|>$", ""));
        List<String> to = map.texts("to", false).orElse(List.of()).stream().map(t -> t.strip().replaceAll("^<|>$", ""))
                .toList();
        List<String> has = map.texts("has_header", false).orElse(List.of());
        List<String> lacks = map.texts("lacks_header", false).orElse(List.of());
        List<String> lines = map.texts("has_line", false).orElse(List.of());
        return problems.count() == before ? Optional.of(new DeliveryCheck(from, to, has, lacks, lines)) : Optional.empty();
    }
}

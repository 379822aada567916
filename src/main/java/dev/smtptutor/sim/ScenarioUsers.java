package dev.smtptutor.sim;

import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlMap;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario's {@code settings.users}: the accounts that replace alice and bob.
 * <pre>
 * settings:
 *   users:
 *     - name: carol              # the AUTH login name
 *       password: secret
 *       address: carol@example.test   # optional; default name@example.test
 * </pre>
 */
final class ScenarioUsers {

    /** What is wrong with a scenario file, in the reader's language (sim/messages, keys file.*). */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");


    static final String KEY = "users";
    private static final List<String> USER = List.of("name", "password", "address");

    private ScenarioUsers() {}

    /** Empty when the key is absent (the defaults stay); the problems say what is wrong with each item. */
    static Optional<Users> read(YamlMap settings, FileProblems problems) {
        if (!settings.has(KEY)) {
            return Optional.empty();
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> addresses = new HashMap<>();
        List<User> users = settings.list(KEY, node -> user(node, names, addresses, problems));
        if (users.isEmpty()) {
            problems.add(settings.lineOf(KEY), WORDS.get("file.users-empty"));
            return Optional.empty();
        }
        return Optional.of(Users.of(users));
    }

    private static Optional<User> user(Node node, Map<String, Integer> names, Map<String, Integer> addresses,
                                       FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, WORDS.get("file.user-not-a-mapping", "kind", YamlMap.kind(node)));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(mapping, USER, problems);
        Optional<String> name = map.required("name").flatMap(v -> map.text("name", v));
        Optional<String> password = map.required("password").flatMap(v -> map.text("password", v));
        if (name.isEmpty() || password.isEmpty()) {
            return Optional.empty();
        }
        String address = map.text("address").orElse(name.get() + "@" + SimConfig.DEFAULT_DOMAIN);
        User user;
        try {
            user = new User(name.get(), password.get(), address);
        } catch (IllegalArgumentException e) {
            problems.add(map.line(), WORDS.get("file.user", Map.of("name", name.get(), "why", String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        Integer first = names.putIfAbsent(user.name(), map.line());
        if (first != null) {
            problems.add(map.line(), WORDS.get("file.duplicate-user", Map.of("name", user.name(), "first", first)));
            return Optional.empty();
        }
        first = addresses.putIfAbsent(user.address().toLowerCase(Locale.ROOT), map.line());
        if (first != null) {
            problems.add(map.line(), WORDS.get("file.duplicate-address", Map.of("address", user.address(), "first", first)));
            return Optional.empty();
        }
        return Optional.of(user);
    }
}

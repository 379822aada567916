package dev.smtptutor.sim;

import dev.smtptutor.files.FileProblems;
import dev.smtptutor.files.YamlMap;
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
            problems.add(settings.lineOf(KEY), "'users' needs at least one user (name, password, address)");
            return Optional.empty();
        }
        return Optional.of(Users.of(users));
    }

    private static Optional<User> user(Node node, Map<String, Integer> names, Map<String, Integer> addresses,
                                       FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "a user is a mapping with 'name', 'password' and 'address', not " + YamlMap.kind(node));
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
            problems.add(map.line(), "user '" + name.get() + "': " + e.getMessage());
            return Optional.empty();
        }
        Integer first = names.putIfAbsent(user.name(), map.line());
        if (first != null) {
            problems.add(map.line(), "duplicate user name '" + user.name() + "' (first on line " + first + ")");
            return Optional.empty();
        }
        first = addresses.putIfAbsent(user.address().toLowerCase(Locale.ROOT), map.line());
        if (first != null) {
            problems.add(map.line(), "duplicate address '" + user.address() + "' (first on line " + first + ")");
            return Optional.empty();
        }
        return Optional.of(user);
    }
}

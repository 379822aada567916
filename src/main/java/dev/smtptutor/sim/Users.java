package dev.smtptutor.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's accounts, immutable: who may log in (AUTH) and which local mailboxes exist (RCPT,
 * VRFY). Built from a scenario's {@code settings.users} or in code, e.g. from a classroom roster:
 * <pre>{@code
 * Users users = Users.builder().add("s01", "pass", "s01@example.test").build();
 * SimConfig config = SimConfig.defaults().toBuilder().users(users).build();
 * }</pre>
 */
public final class Users {

    private final Map<String, User> byName;
    private final Map<String, User> byAddress;
    private final List<User> ordered;

    private Users(Collection<User> users) {
        Map<String, User> names = new LinkedHashMap<>();
        Map<String, User> addresses = new LinkedHashMap<>();
        for (User user : users) {
            if (names.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException("two users are named " + user.name());
            }
            if (addresses.putIfAbsent(user.address(), user) != null) {
                throw new IllegalArgumentException("two users have the address " + user.address());
            }
        }
        this.byName = Map.copyOf(names);
        this.byAddress = Map.copyOf(addresses);
        this.ordered = List.copyOf(users);
    }

    public static Users of(Collection<User> users) {
        return new Users(users);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every user, in the order given. */
    public List<User> all() {
        return ordered;
    }

    /** The login names, in the order given. */
    public List<String> names() {
        return ordered.stream().map(User::name).toList();
    }

    public int size() {
        return ordered.size();
    }

    public Optional<User> named(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The user whose mailbox has this address, ignoring case. */
    public Optional<User> withAddress(String address) {
        return Optional.ofNullable(byAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    /** True when some user's address has this local part (each user has a mailbox in every local domain). */
    public boolean hasLocalPart(String localPart) {
        String wanted = localPart.toLowerCase(Locale.ROOT);
        return ordered.stream().anyMatch(u -> u.localPart().equals(wanted));
    }

    /** Users with this local part, in the order given: "alice" in any local domain is alice. */
    Optional<User> withLocalPart(String localPart) {
        String wanted = localPart.toLowerCase(Locale.ROOT);
        return ordered.stream().filter(u -> u.localPart().equals(wanted)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Users u && u.ordered.equals(ordered);
    }

    @Override
    public int hashCode() {
        return ordered.hashCode();
    }

    @Override
    public String toString() {
        return names().toString();
    }

    /** Collects users one by one (a roster line at a time); {@link #build()} checks names and addresses are unique. */
    public static final class Builder {
        private final List<User> users = new ArrayList<>();

        public Builder add(User user) {
            users.add(user);
            return this;
        }

        public Builder add(String name, String password, String address) {
            return add(new User(name, password, address));
        }

        public Users build() {
            return new Users(users);
        }
    }
}

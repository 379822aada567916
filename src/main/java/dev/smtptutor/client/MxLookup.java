package dev.smtptutor.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * Asks DNS which servers receive mail for a domain (its MX records, RFC 5321 §5.1), with the JDK's
 * own DNS client (JNDI), by default through the system's resolvers.
 */
public final class MxLookup {

    /** One mail exchanger: lower preference is tried first (RFC 5321 §5.1). */
    public record MxRecord(int preference, String host) {}

    private final Optional<String> server;

    private MxLookup(Optional<String> server) {
        this.server = server;
    }

    /** The system's DNS resolvers. */
    public static MxLookup system() {
        return new MxLookup(Optional.empty());
    }

    /** A given DNS server, e.g. "127.0.0.1:5353" (a lab's resolver, or a test's). */
    public static MxLookup using(String hostAndPort) {
        return new MxLookup(Optional.of(hostAndPort));
    }

    /** The domain's MX records, best first; empty when it has none or DNS cannot be asked. */
    public List<MxRecord> lookup(String domain) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("java.naming.provider.url", server.map(s -> "dns://" + s).orElse("dns:"));
        // A learner waiting at the prompt: one quick try, one retry, not the default minute.
        env.put("com.sun.jndi.dns.timeout.initial", "1000");
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        List<MxRecord> records = new ArrayList<>();
        try {
            DirContext context = new InitialDirContext(env);
            try {
                Attributes attributes = context.getAttributes(domain, new String[] {"MX"});
                Attribute mx = attributes.get("MX");
                if (mx != null) {
                    NamingEnumeration<?> values = mx.getAll();
                    while (values.hasMore()) {
                        parse(String.valueOf(values.next())).ifPresent(records::add);
                    }
                }
            } finally {
                context.close();
            }
        } catch (NamingException | RuntimeException noAnswer) {
            return List.of();
        }
        records.sort(Comparator.comparingInt(MxRecord::preference).thenComparing(MxRecord::host));
        return List.copyOf(records);
    }

    /** "10 mx1.example.org." → (10, mx1.example.org). */
    static Optional<MxRecord> parse(String value) {
        String[] words = value.strip().split("\\s+");
        if (words.length != 2 || !words[0].matches("\\d{1,5}")) {
            return Optional.empty();
        }
        String host = words[1].endsWith(".") ? words[1].substring(0, words[1].length() - 1) : words[1];
        return Optional.of(new MxRecord(Integer.parseInt(words[0]), host.toLowerCase(Locale.ROOT)));
    }
}

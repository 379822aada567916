package dev.smtptutor.client;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * Asks DNS which servers receive mail for a domain (its MX records, RFC 5321 §5.1), with the JDK's
 * own DNS client (JNDI), by default through the system's resolvers. The answer keeps apart what a
 * sending server must treat differently: records, no records (the implicit MX), a null MX, a domain
 * that does not exist, and a DNS failure that only means "try again later".
 */
public final class MxLookup {

    /** One mail exchanger: lower preference is tried first (RFC 5321 §5.1). */
    public record MxRecord(int preference, String host) {}

    /** What DNS said about a domain's mail servers. */
    public sealed interface Answer permits Records, NoRecords, NullMx, NoSuchDomain, TryLater {}

    /** The MX hosts, best first; hosts of equal preference in random order (RFC 5321 §5.1). */
    public record Records(List<MxRecord> records) implements Answer {}

    /** The domain exists but has no MX records: the name itself is the mail server (implicit MX, §5.1). */
    public record NoRecords() implements Answer {}

    /** The single record "0 ." (RFC 7505): the domain accepts no mail at all. */
    public record NullMx() implements Answer {}

    /** NXDOMAIN: there is no such domain, so mail to it fails at once (RFC 5321 §5.1). */
    public record NoSuchDomain() implements Answer {}

    /** No answer (timeout, SERVFAIL): a temporary failure; a sender keeps the mail and retries (§4.5.4.1). */
    public record TryLater(String why) implements Answer {}

    private final Optional<String> server;
    private final Random random;

    private MxLookup(Optional<String> server, Random random) {
        this.server = server;
        this.random = random;
    }

    /** The system's DNS resolvers. */
    public static MxLookup system() {
        return new MxLookup(Optional.empty(), new SecureRandom());
    }

    /** A given DNS server, e.g. "127.0.0.1:5353" (a lab's resolver, or a test's). */
    public static MxLookup using(String hostAndPort) {
        return new MxLookup(Optional.of(hostAndPort), new SecureRandom());
    }

    /** The same lookup with a given source of randomness, so that a test can fix the order of equal preferences. */
    public MxLookup shuffledBy(Random source) {
        return new MxLookup(server, source);
    }

    /** The domain's MX records, best first; empty for every answer other than records. */
    public List<MxRecord> lookup(String domain) {
        return answer(domain) instanceof Records records ? records.records() : List.of();
    }

    public Answer answer(String domain) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("java.naming.provider.url", server.map(s -> "dns://" + s).orElse("dns:"));
        // A learner waiting at the prompt: one quick try, one retry, not the default minute.
        env.put("com.sun.jndi.dns.timeout.initial", "1000");
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        List<String> values = new ArrayList<>();
        try {
            DirContext context = new InitialDirContext(env);
            try {
                Attributes attributes = context.getAttributes(domain, new String[] {"MX"});
                Attribute mx = attributes.get("MX");
                if (mx != null) {
                    NamingEnumeration<?> all = mx.getAll();
                    while (all.hasMore()) {
                        values.add(String.valueOf(all.next()));
                    }
                }
            } finally {
                context.close();
            }
        } catch (NameNotFoundException nxdomain) {
            return new NoSuchDomain();
        } catch (NamingException | RuntimeException noAnswer) {
            return new TryLater(String.valueOf(noAnswer.getMessage()));
        }
        return classify(values, random);
    }

    static Answer classify(List<String> values, Random random) {
        if (values.isEmpty()) {
            return new NoRecords();
        }
        // RFC 7505 §3: a null MX is the only MX record, preference 0, exchange ".".
        if (values.size() == 1 && values.get(0).strip().matches("0\\s+\\.?")) {
            return new NullMx();
        }
        List<MxRecord> records = new ArrayList<>();
        for (String value : values) {
            parse(value).filter(r -> !r.host().isEmpty()).ifPresent(records::add);
        }
        if (records.isEmpty()) {
            return new NoRecords();
        }
        // RFC 5321 §5.1: hosts of equal preference MUST be tried in random order, to spread the load.
        Collections.shuffle(records, random);
        records.sort(Comparator.comparingInt(MxRecord::preference));
        return new Records(List.copyOf(records));
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

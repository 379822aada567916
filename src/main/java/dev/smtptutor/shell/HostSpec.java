package dev.smtptutor.shell;

import dev.smtptutor.client.TlsMode;
import java.util.Optional;

/**
 * Where to connect and how, with the defaults mail administrators expect: port 25 plain (relay),
 * 587 with STARTTLS (submission, RFC 6409), 465 with implicit TLS (submissions, RFC 8314).
 *
 * @param reason    why this port and mode were chosen, for the learner
 * @param portGiven the learner named the port; without one, a mail domain's MX records are asked
 */
public record HostSpec(String host, int port, TlsMode mode, String reason, boolean portGiven) {

    public static Optional<HostSpec> parse(String hostAndPort, Optional<TlsMode> requested) {
        String host = hostAndPort.strip();
        Optional<Integer> port = Optional.empty();
        int colon = host.lastIndexOf(':');
        // [IPv6]:port (RFC 3986 §3.2.2): the brackets hold the address, the port follows them.
        boolean bracketed = host.startsWith("[") && colon > 0 && host.charAt(colon - 1) == ']';
        if (colon > 0 && !host.endsWith("]") && (host.indexOf(':') == colon || bracketed)) {
            try {
                port = Optional.of(Integer.parseInt(host.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || port.filter(p -> p < 1 || p > 65535).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(of(host, port, requested));
    }

    public static HostSpec of(String host, Optional<Integer> port, Optional<TlsMode> requested) {
        if (requested.isPresent()) {
            TlsMode mode = requested.get();
            int chosen = port.orElse(mode == TlsMode.IMPLICIT ? 465 : mode == TlsMode.STARTTLS ? 587 : 25);
            return new HostSpec(host, chosen, mode, port.isPresent() ? "connect.reason.asked" : "connect.reason.default-port",
                    port.isPresent());
        }
        int chosen = port.orElse(25);
        TlsMode mode = chosen == 465 ? TlsMode.IMPLICIT : chosen == 587 ? TlsMode.STARTTLS : TlsMode.PLAIN;
        String reason = switch (chosen) {
            case 465 -> "connect.reason.465";
            case 587 -> "connect.reason.587";
            case 25 -> "connect.reason.25";
            default -> "connect.reason.other";
        };
        return new HostSpec(host, chosen, mode, reason, port.isPresent());
    }

    /**
     * True when the name may be a mail domain rather than a server: no port given, no TLS mode asked
     * for (mail exchangers listen on plain port 25), and a dotted name, not an address.
     */
    public boolean mayBeMailDomain() {
        return !portGiven && mode == TlsMode.PLAIN && host.contains(".") && !host.matches("[0-9.]+|.*:.*|\\[.*\\]");
    }

    /** The same connection, to another host (the mail exchanger of a domain). */
    public HostSpec at(String exchanger) {
        return new HostSpec(exchanger, port, mode, reason, portGiven);
    }
}

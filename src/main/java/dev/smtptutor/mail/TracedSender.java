package dev.smtptutor.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one message with Jakarta Mail's SMTP transport (Eclipse Angus), the way a real program does,
 * and records what it said on the wire by reading the session's debug output line by line.
 */
public final class TracedSender {

    private TracedSender() {}

    public static SendOutcome send(SendRequest request) {
        TraceParser parser = new TraceParser(request.tls() == TlsUse.IMPLICIT);
        Session session = Session.getInstance(TransportSettings.of(request));
        TraceRecorder recorder = new TraceRecorder(parser);
        session.setDebugOut(new PrintStream(recorder, true, StandardCharsets.UTF_8));
        session.setDebug(true);
        Optional<String> failure = Optional.empty();
        try {
            // Parsed from the exact bytes, so what goes out is what was composed: a parsed message is
            // "saved" and Jakarta Mail does not touch its headers (no new Message-ID, no new Date).
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(request.message().content()));
            try (Transport transport = session.getTransport("smtp")) {
                if (request.credentials().isPresent()) {
                    transport.connect(request.credentials().get().user(), request.credentials().get().password());
                } else {
                    transport.connect();
                }
                transport.sendMessage(message, recipients(request));
            }
        } catch (MessagingException e) {
            failure = Optional.of(reason(e));
        } finally {
            recorder.close();
        }
        return new SendOutcome(parser.exchanges(), failure);
    }

    private static Address[] recipients(SendRequest request) throws MessagingException {
        Set<Address> out = new LinkedHashSet<>();
        for (String recipient : request.recipients()) {
            out.add(new InternetAddress(recipient, false));
        }
        return out.toArray(new Address[0]);
    }

    /**
     * Jakarta Mail's message, with the nested one that says more: a refused recipient hides its 550
     * behind "Invalid Addresses", a failed connection its "Connection refused".
     */
    static String reason(MessagingException e) {
        String text = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !text.contains(next.getMessage())) {
            text += ": " + next.getMessage();
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

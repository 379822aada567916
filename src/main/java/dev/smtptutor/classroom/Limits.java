package dev.smtptutor.classroom;

/**
 * What one student, and the whole class, may use at once. Past a limit the server answers as Postfix
 * does: too many connections {@code 421 4.7.0} (anvil's smtpd_client_connection_count_limit), too many
 * messages a minute {@code 452 4.5.3} at MAIL, a message over the size limit {@code 552 5.3.4}
 * (RFC 1870 §6.2), and the teacher's log says so.
 *
 * @param connectionsPerStudent  sessions one student may have open
 * @param messagesPerMinute      messages one student may send in any minute
 * @param messageSize            the SIZE limit in octets, for everyone
 * @param connections            sessions open in total (beyond: {@code 421 4.3.2} before the greeting)
 * @param classMessagesPerMinute messages the whole class may send in any minute
 */
public record Limits(int connectionsPerStudent, int messagesPerMinute, long messageSize, int connections,
                     int classMessagesPerMinute) {

    public static Limits defaults() {
        return new Limits(5, 60, 1_048_576, 1_000, 30_000);
    }
}

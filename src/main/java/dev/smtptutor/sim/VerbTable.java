package dev.smtptutor.sim;

import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The simulator's policy per verb, one row each, after Postfix's {@code smtpd_cmd_table}: the handler,
 * whether the verb works before STARTTLS on a server that requires TLS, the EHLO keyword that offers
 * it, the ESMTP parameters it takes, and its HELP syntax. Where a verb is in sequence, and which
 * keyword a client looks for, are protocol facts kept in {@link Verb}. Adding an extension is one row
 * (or one parameter), its handler, its {@link EhloKeyword} and its words.
 */
final class VerbTable {

    /**
     * An ESMTP parameter (RFC 5321 §4.1.2 esmtp-param) a verb accepts.
     *
     * @param keyword   upper case, as the parser gives it
     * @param extension the EHLO keyword that must be on offer; empty when the parameter is always taken
     * @param syntax    how HELP shows it
     */
    record Parameter(String keyword, Optional<EhloKeyword> extension, String syntax) {
        boolean accepted(SessionState session) {
            return extension.map(e -> e.offered(session)).orElse(true);
        }
    }

    /**
     * One verb's row.
     *
     * @param beforeTls  true when the verb works before STARTTLS where TLS is required (RFC 3207 §4
     *                   names NOOP, EHLO, STARTTLS and QUIT; the rest, HELO and RSET too, get 530 5.7.0)
     * @param syntax     the command's syntax as the reference ({@code commands.tsv}) gives it; HELP adds
     *                   the parameters
     */
    record Row(Verb verb, CommandHandler handler, boolean beforeTls, List<Parameter> parameters, String syntax) {

        Row {
            parameters = List.copyOf(parameters);
        }

        /** Where the verb is in sequence: a protocol fact, kept in {@link Verb}. */
        Set<SmtpState> allowedStates() {
            return verb.inSequence();
        }

        /** The EHLO keyword that announces the verb (a protocol fact, kept in {@link Verb}). */
        Optional<EhloKeyword> offeredBy() {
            return verb.offeredBy().map(EhloKeyword::named);
        }

        /** The parameter with this keyword if this verb takes it and its extension is on offer now. */
        Optional<Parameter> parameter(String keyword, SessionState session) {
            return parameters.stream().filter(p -> p.keyword().equals(keyword.toUpperCase(Locale.ROOT))
                    && p.accepted(session)).findFirst();
        }

        /** What HELP shows for the verb: its syntax and every parameter it can take. */
        String helpSyntax() {
            return parameters.isEmpty() ? syntax
                    : syntax + " " + parameters.stream().map(p -> "[" + p.syntax() + "]").collect(Collectors.joining(" "));
        }
    }

    private static final Optional<EhloKeyword> ALWAYS = Optional.empty();

    private static final Map<Verb, Row> ROWS = rows(
            new Row(Verb.EHLO, new EhloHandler(), true, List.of(), "EHLO <hostname>"),
            new Row(Verb.HELO, new HeloHandler(), false, List.of(), "HELO <hostname>"),
            new Row(Verb.MAIL, new MailHandler(), false, List.of(
                    new Parameter("SIZE", Optional.of(EhloKeyword.SIZE), "SIZE=n"),                      // RFC 1870
                    new Parameter("BODY", Optional.of(EhloKeyword.EIGHTBITMIME), "BODY=7BIT|8BITMIME"),  // RFC 6152
                    new Parameter("SMTPUTF8", Optional.of(EhloKeyword.SMTPUTF8), "SMTPUTF8"),          // RFC 6531
                    // RFC 4954 §5: taken whether or not AUTH is on offer now, as Postfix does.
                    new Parameter("AUTH", ALWAYS, "AUTH=<mailbox>"),
                    new Parameter("RET", Optional.of(EhloKeyword.DSN), "RET=FULL|HDRS"),               // RFC 3461 §4.3
                    new Parameter("ENVID", Optional.of(EhloKeyword.DSN), "ENVID=id")),                 // RFC 3461 §4.4
                    "MAIL FROM:<address>"),
            new Row(Verb.RCPT, new RcptHandler(), false, List.of(
                    new Parameter("NOTIFY", Optional.of(EhloKeyword.DSN), "NOTIFY=NEVER|SUCCESS,FAILURE,DELAY"), // §4.1
                    new Parameter("ORCPT", Optional.of(EhloKeyword.DSN), "ORCPT=rfc822;address")),               // §4.2
                    "RCPT TO:<address>"),
            new Row(Verb.DATA, new DataHandler(), false, List.of(), "DATA"),
            new Row(Verb.BDAT, new BdatHandler(), false, List.of(),
                    "BDAT <size> [LAST]"),
            new Row(Verb.RSET, SimpleHandlers.RSET, false, List.of(), "RSET"),
            new Row(Verb.NOOP, SimpleHandlers.NOOP, true, List.of(), "NOOP"),
            new Row(Verb.QUIT, SimpleHandlers.QUIT, true, List.of(), "QUIT"),
            new Row(Verb.VRFY, VerifyHandlers.VRFY, false, List.of(), "VRFY <address>"),
            new Row(Verb.EXPN, VerifyHandlers.EXPN, false, List.of(), "EXPN <list>"),
            new Row(Verb.HELP, new HelpHandler(), false, List.of(), "HELP [command]"),
            new Row(Verb.STARTTLS, new StartTlsHandler(), true, List.of(), "STARTTLS"),
            new Row(Verb.AUTH, new AuthHandler(), false, List.of(),
                    "AUTH <mechanism> [credentials]"));

    private VerbTable() {}

    private static Map<Verb, Row> rows(Row... rows) {
        Map<Verb, Row> map = new EnumMap<>(Verb.class);
        for (Row row : rows) {
            if (map.put(row.verb(), row) != null) {
                throw new IllegalStateException("two rows for " + row.verb());
            }
        }
        if (map.size() != Verb.values().length) {
            throw new IllegalStateException("every verb needs a row");
        }
        return map;
    }

    static Row row(Verb verb) {
        return ROWS.get(verb);
    }

    /** Every row, in the order of {@link Verb}. */
    static List<Row> all() {
        return List.copyOf(ROWS.values());
    }
}

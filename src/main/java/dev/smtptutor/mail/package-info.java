/**
 * The Jakarta Mail bridge: from the wire to code.
 *
 * <ul>
 *   <li>{@link dev.smtptutor.mail.MessageComposer} builds a proper RFC 5322 message from a
 *       {@link dev.smtptutor.mail.Draft} checked by {@link dev.smtptutor.mail.ComposeInput};
 *       {@link dev.smtptutor.mail.MessageParser} reads any message back into headers and a MIME tree,
 *       explained by {@link dev.smtptutor.mail.HeaderGuide}.</li>
 *   <li>{@link dev.smtptutor.mail.TracedSender} sends with Jakarta Mail's SMTP transport (Eclipse Angus)
 *       and turns its debug trace into the same {@code protocol.Exchange}s a typed session records,
 *       credentials masked as each line arrives.</li>
 *   <li>{@link dev.smtptutor.mail.SessionRecipes} reads what a typed session did;
 *       {@link dev.smtptutor.mail.JavaProgram} and {@link dev.smtptutor.mail.PythonProgram} write it as a
 *       program, from templates in the resources.</li>
 *   <li>{@link dev.smtptutor.mail.BounceReader} finds every failed recipient of a bounce: the fields of an
 *       RFC 3464 report ({@code DeliveryStatusFields}, also flattened into text: {@code FlatDsn}), and the
 *       recipients, replies and remote hosts in the notice written for people, whatever MTA wrote it
 *       ({@code NoticeReader}, {@code SmtpReplyText}); forwarded bounces, odd charsets ({@code TextCharsets},
 *       UTF-7 included) and broken parts are read as far as they go. {@link dev.smtptutor.mail.BounceFiles}
 *       expands FILEs and Maildir folders.</li>
 * </ul>
 *
 * <p>All words live in {@code dev/smtptutor/mail/*.properties}. Bad input comes back as
 * {@link dev.smtptutor.mail.Checked.Bad} with a sentence to show, never as an exception.
 *
 * <p>Imports only {@code dev.smtptutor.protocol} and {@code dev.smtptutor.client}.
 */
package dev.smtptutor.mail;

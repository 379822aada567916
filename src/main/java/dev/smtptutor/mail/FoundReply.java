package dev.smtptutor.mail;

import dev.smtptutor.protocol.Reply;
import java.util.Locale;
import java.util.Optional;

/**
 * An SMTP reply found in the text of a bounce.
 *
 * @param reply     the reply as the remote server sent it
 * @param where     where it was found, for the reader ("line 7 of the text")
 * @param answering the command it answered when the bounce says so, in the bounce's words
 *                  ("RCPT TO", "end of DATA")
 */
public record FoundReply(Reply reply, String where, Optional<String> answering) {

    /**
     * The command a reply answered as a line an explainer understands: "RCPT TO" becomes
     * "RCPT TO:&lt;&gt;" so it parses as that command, and "end of DATA" becomes "." (the final dot).
     */
    public static String commandLine(String answering) {
        String command = answering.strip().toUpperCase(Locale.ROOT);
        if (command.startsWith("END OF DATA") || command.equals(".")) {
            return ".";
        }
        return command.equals("MAIL FROM") || command.equals("RCPT TO") ? command + ":<>" : command;
    }
}

package dev.smtptutor.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a list of commands into the groups a pipelining client may send without waiting. RFC 2920
 * §3.1: EHLO, DATA, VRFY, EXPN, TURN, QUIT and NOOP may only be the last command of a group, because
 * what comes next depends on their reply; RFC 3207 §4.2 says the same of STARTTLS, and RFC 4954 §4 of
 * AUTH, except for a mechanism that finishes in one round trip with its initial response (PLAIN).
 * HELO is cut after too: it is the pre-ESMTP greeting, and a client that sent it knows nothing of
 * PIPELINING yet. Postfix 3.9 hangs up on clients that pipeline past these commands
 * (smtpd_forbid_unauth_pipelining = yes, its default since 3.9).
 */
public final class PipelineGroups {

    private PipelineGroups() {}

    public static List<List<String>> split(List<String> commands) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String command : commands) {
            group.add(command);
            if (endsGroup(command)) {
                groups.add(List.copyOf(group));
                group.clear();
            }
        }
        if (!group.isEmpty()) {
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }

    /** True when nothing may follow this command before its reply has arrived. */
    public static boolean endsGroup(String command) {
        String[] words = command.strip().split("\\s+");
        if (words[0].equalsIgnoreCase("TURN")) {
            return true; // RFC 2920 §3.1 names TURN too, though smtp-tutor does not know it as a verb
        }
        Optional<Verb> verb = Verb.of(words[0]);
        if (verb.isEmpty()) {
            return false;
        }
        return switch (verb.get()) {
            case EHLO, HELO, DATA, VRFY, EXPN, QUIT, NOOP, STARTTLS -> true;
            case AUTH -> !(words.length >= 3 && words[1].toUpperCase(Locale.ROOT).equals("PLAIN"));
            default -> false;
        };
    }
}

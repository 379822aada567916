package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.Conversation;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.lesson.LessonTexts;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SaslCodec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tools the lessons need that a learner cannot do in their head. */
final class LessonTools {

    private LessonTools() {}

    /**
     * /cram [USER]: answers the server's CRAM-MD5 challenge (RFC 2195 §2) step by step: the challenge
     * decoded, the HMAC-MD5 of it keyed with the password, and the line that goes back. The challenge is
     * new every time, so the answer cannot be prepared in advance: that is the point of the mechanism.
     */
    static final class Cram implements SlashCommand {
        @Override
        public String name() {
            return "cram";
        }

        @Override
        public void run(String arguments, ShellSession session, Prompter prompter) {
            ShellOutput out = session.out();
            Optional<Link> link = session.openLinkOrExplain();
            if (link.isEmpty()) {
                return;
            }
            Conversation conversation = link.get().conversation();
            Optional<String> challenge = challenge(conversation);
            if (challenge.isEmpty()) {
                out.warn(LessonTexts.get("cram.no-challenge"));
                return;
            }
            String user = arguments.isBlank() ? prompter.ask(Messages.get("auth.ask-user")) : arguments.strip();
            String password = prompter.askSecret(Messages.get("auth.ask-password"));
            String digest = SaslCodec.hmacMd5Hex(password, challenge.get());
            String response = SaslCodec.base64(user + " " + digest);
            boolean show = link.get().isSimulator();
            out.hint(LessonTexts.get("cram.challenge", "challenge", challenge.get()));
            out.hint(LessonTexts.get("cram.digest", "digest", show ? digest : Exchange.MASK));
            out.hint(LessonTexts.get("cram.response", Map.of("user", user, "base64", show ? response : Exchange.MASK)));
            try {
                synchronized (session.lock()) {
                    session.renderer().render(conversation.send(response), true);
                }
            } catch (ConnectionException e) {
                ProblemView.show(out, e);
            }
        }

        /** The decoded challenge of the 334 the server is waiting on, if it is waiting on one. */
        private static Optional<String> challenge(Conversation conversation) {
            if (!conversation.state().awaitingAuthResponse()) {
                return Optional.empty();
            }
            List<Exchange> exchanges = conversation.exchanges();
            for (int i = exchanges.size() - 1; i >= 0; i--) {
                Optional<Reply> reply = exchanges.get(i).reply();
                if (reply.isPresent()) {
                    return reply.filter(r -> r.code() == 334).flatMap(r -> SaslCodec.unbase64(r.firstLineText()))
                            .filter(text -> !text.isEmpty());
                }
            }
            return Optional.empty();
        }
    }
}

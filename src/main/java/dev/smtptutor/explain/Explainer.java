package dev.smtptutor.explain;

import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.EhloResponse;
import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SyntaxProblem;
import dev.smtptutor.protocol.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Explains SMTP replies. It reads the knowledge files once and then only looks things up, so it is cheap to
 * call and safe to share between threads. Any reply gets the best explanation its codes allow: a code the
 * tutor has never seen still gets its class, and a text in any language is explained from its codes.
 */
public final class Explainer {

    private final Knowledge knowledge;
    private final EnhancedExplainer enhancedExplainer;
    private final ChallengeDecoder challengeDecoder;
    private final CapabilityExplainer capabilityExplainer;
    private final MomentTexts momentTexts;

    Explainer(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.enhancedExplainer = new EnhancedExplainer(knowledge.references(), knowledge.enhanced());
        this.challengeDecoder = new ChallengeDecoder(knowledge.challenges());
        this.capabilityExplainer = new CapabilityExplainer(knowledge.capabilities());
        this.momentTexts = new MomentTexts(knowledge.inContext());
    }

    /** The explainer of the knowledge files in the jar, loaded on first use. */
    public static Explainer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Explainer STANDARD = new Explainer(Knowledge.load());
    }

    /**
     * Reads, in the current language, the words every explanation needs (a shell calls this on a thread
     * of its own while it connects, so that explaining the banner does not wait for the files).
     */
    public void prepare() {
        // The banner's words first: the first prompt waits for them. In another language than English the
        // banner's explanation also looks up optional in-context keys that no language has, which reads the
        // English file too. Then QUIT's: the enhanced codes (from MAIL FROM's 250 2.1.0 on, nearly every
        // reply has one).
        knowledge.replies().prepare();
        knowledge.inContext().prepareWithFallback();
        ExplanationText.prepare();
        Reference reference = knowledge.references().get();
        reference.replyCode(220);
        knowledge.enhanced().prepareWithFallback();
        reference.enhanced("2.0.0");
    }

    public Reference reference() {
        return knowledge.references().get();
    }

    public Explanation explain(Reply reply, ReplyContext context) {
        Texts replies = knowledge.replies();
        int code = reply.code();
        String classMeaning = replies.require("class." + code / 100);
        Optional<String> plain = replies.get("code." + code);
        String codeMeaning = plain.isPresent() ? plain.get() : unknownCode(code, classMeaning);
        Optional<EnhancedStatusCode> enhancedCode = reply.enhanced();
        Optional<EnhancedMeaning> enhanced = enhancedCode.isPresent()
                ? Optional.of(enhancedExplainer.explain(enhancedCode.get())) : Optional.empty();
        boolean ehloShaped = context.trigger() == ReplyContext.Trigger.UNKNOWN && looksLikeEhlo(reply);
        Optional<MomentTexts.Found> moment = momentTexts.find(reply, context, ehloShaped);
        Optional<Challenge> challenge = code == 334
                ? Optional.of(challengeDecoder.decode(reply.firstLineText(), context.authMechanism(), linesSent(context)))
                : Optional.empty();

        List<CapabilityNote> capabilities = List.of();
        List<String> notes = new ArrayList<>();
        if (enhancedCode.isPresent()) {
            enhancedExplainer.mismatch(enhancedCode.get(), code).ifPresent(notes::add);
        }
        Optional<SyntaxProblem> syntax = syntaxProblem(code, context);
        if (syntax.isPresent()) {
            notes.add(ProtocolWords.syntax(syntax.get()));
        }
        boolean ehloReply = code == 250 && (context.verb().equals(Optional.of(Verb.EHLO)) || ehloShaped);
        if (ehloReply) {
            EhloResponse ehlo = EhloResponse.of(reply).orElseThrow();
            capabilities = capabilityExplainer.explain(ehlo);
            notes.addAll(capabilityExplainer.notes(ehlo));
        }

        Optional<Cause> cause = CauseFinder.mayHaveCause(code)
                ? knowledge.causes().get().find(code, enhancedCode, reply.text()) : Optional.empty();
        // What the words revealed beats what the codes suggest, and a provider's own meaning beats even the
        // moment: 535 5.7.139 after AUTH is no wrong password but basic AUTH switched off.
        Optional<Cause> revealing = cause.isPresent() && cause.get().fromWords() ? cause : Optional.empty();
        String next = next(code, challenge, revealing, enhancedCode, moment);
        boolean specific = plain.isPresent() || moment.isPresent() || enhanced.isPresent() && enhanced.get().specific();
        Optional<ReplyCodeEntry> registered = knowledge.references().get().replyCode(code);
        return new Explanation(reply, reply.replyClass(), classMeaning,
                registered.isPresent() ? Optional.of(registered.get().meaning()) : Optional.empty(), codeMeaning,
                enhanced, moment.isPresent() ? Optional.of(moment.get().meaning()) : Optional.empty(), next,
                challenge, capabilities, notes, specific, cause);
    }

    /**
     * What to do next, the most specific advice first: a SASL challenge's answer, a provider's own
     * instruction, the enhanced code's, the moment's, what the words revealed, the reply code's, the
     * class's. (Written out, not as a chain of Optional lambdas: this runs for the banner at every start,
     * and linking each lambda there costs the JVM more than the whole lookup.)
     */
    private String next(int code, Optional<Challenge> challenge, Optional<Cause> revealing,
            Optional<EnhancedStatusCode> enhancedCode, Optional<MomentTexts.Found> moment) {
        if (challenge.isPresent()) {
            return challengeDecoder.next(challenge.get());
        }
        if (revealing.isPresent() && revealing.get().providerSpecific()) {
            return revealing.get().senderAction();
        }
        Optional<String> found = enhancedCode.isPresent() ? enhancedExplainer.next(enhancedCode.get()) : Optional.empty();
        if (found.isEmpty() && moment.isPresent()) {
            found = moment.get().next();
        }
        if (found.isEmpty() && revealing.isPresent()) {
            found = Optional.of(revealing.get().senderAction());
        }
        if (found.isEmpty()) {
            found = knowledge.replies().get("code." + code + ".next");
        }
        return found.isPresent() ? found.get() : knowledge.replies().require("class." + code / 100 + ".next");
    }

    /**
     * For a 501 after MAIL or RCPT that the tutor's own parser finds malformed: which rule of the grammar
     * (RFC 5321 §4.1.2) it broke, the address, the FROM:/TO: form or a parameter. The in-context words
     * are per command and cannot tell these apart; for every other command they already say it all.
     */
    private static Optional<SyntaxProblem> syntaxProblem(int code, ReplyContext context) {
        if (code != 501 || context.verb().filter(v -> v == Verb.MAIL || v == Verb.RCPT).isEmpty()) {
            return Optional.empty();
        }
        return context.command()
                .map(c -> CommandParser.parse(c.verb().name() + (c.argument().isEmpty() ? "" : " " + c.argument())))
                .filter(ParseResult.Malformed.class::isInstance)
                .map(parsed -> ((ParseResult.Malformed) parsed).problem());
    }

    /**
     * The cause behind a failure known only by its parts, as a bounce may give them: a status code and the
     * words of a diagnostic that is no SMTP reply ("Unrouteable address", "not listed in Domino Directory").
     */
    public Optional<Cause> cause(int code, Optional<EnhancedStatusCode> enhanced, String text) {
        return knowledge.causes().get().find(code, enhanced, text);
    }

    private String unknownCode(int code, String classMeaning) {
        Texts replies = knowledge.replies();
        int second = code / 10 % 10;
        return Texts.fill(replies.require("unknown-code"), Map.of(
                "code", String.valueOf(code),
                "digit1", String.valueOf(code / 100),
                "class", classMeaning,
                "digit2", String.valueOf(second),
                "topic", replies.require("digit2." + second)));
    }

    /**
     * RFC 5321 §4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"); real servers also send
     * "AUTH=LOGIN" and Exim's "X_PIPE_CONNECT", so "=" and "_" are allowed too. Compiled on first use: the
     * replies of a shell's start (the banner, QUIT's) never need it, and a compile is milliseconds then.
     */
    private static final class EhloLine {
        static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9=_-]*(\\s.*)?");
    }

    /** A multi-line 250 whose further lines all read as extension keywords, without enhanced codes. */
    private static boolean looksLikeEhlo(Reply reply) {
        if (reply.code() != 250 || !reply.isMultiline()) {
            return false;
        }
        return reply.lines().stream().noneMatch(l -> EnhancedStatusCode.atStartOf(l).isPresent())
                && reply.lines().subList(1, reply.lines().size()).stream()
                        .allMatch(l -> EhloLine.PATTERN.matcher(l.strip()).matches());
    }

    /** How many credentials the client has sent before this reply, the AUTH command's initial response included. */
    private static int linesSent(ReplyContext context) {
        boolean initialResponse = context.command()
                .filter(c -> c.verb() == Verb.AUTH && c.argument().strip().split("\\s+").length > 1).isPresent();
        return context.authStep() + (initialResponse ? 1 : 0);
    }
}

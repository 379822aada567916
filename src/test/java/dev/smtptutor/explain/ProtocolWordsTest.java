package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyClass;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SyntaxProblem;
import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pure protocol package names its values by key; their words, in each language, live in
 * protocol/words.properties. Every key a value can have is there (a new constant without words fails
 * here; a translation without it fails i18n check), and the words come in the current language.
 */
@ExtendWith(BackToEnglish.class)
class ProtocolWordsTest {

    @Test
    void everyReplyClassLineProblemAndSyntaxProblemHasEnglishWords() {
        Set<String> english = Texts.bundle(ProtocolWords.BUNDLE).keys();
        List<String> keys = new ArrayList<>();
        for (ReplyClass c : ReplyClass.values()) {
            keys.add(c.key());
        }
        for (ReplyParser.Problem p : ReplyParser.Problem.values()) {
            keys.add(p.key());
        }
        for (SyntaxProblem p : SyntaxProblem.values()) {
            keys.add(p.key());
        }
        assertEquals(List.of(), keys.stream().filter(k -> !english.contains(k)).toList());
        assertEquals(ReplyClass.values().length + ReplyParser.Problem.values().length + SyntaxProblem.values().length,
                english.size(), "words.properties holds a key no value has: " + english);
    }

    @Test
    void aReplyClassAndASyntaxReasonInChinese() {
        Texts.use(Language.ZH);
        assertEquals("永久否定完成", ProtocolWords.replyClass(ReplyClass.PERMANENT_NEGATIVE));
        ParseResult.Malformed mail = (ParseResult.Malformed) CommandParser.parse("MAIL FROM:<a@b");
        assertEquals("发件人地址不是有效的地址：在 < > 里写 name@domain，空发件人写 <>。", ProtocolWords.syntax(mail.problem()));
        ReplyParser parser = new ReplyParser();
        parser.accept("250-first");
        assertEquals("在一条多行回复的中途，回复码从 250 变成了 251",
                ProtocolWords.replyLine((ReplyParser.Malformed) parser.accept("251 second")));
    }

    @Test
    void theExplanationNamesTheClassAndTheBrokenRuleInTheLearnersLanguage() {
        Texts.use(Language.ZH);
        Explanation e = Explainer.standard().explain(Reply.of(501, "5.1.7", "Bad sender address syntax"),
                ReplyContext.afterLine("MAIL FROM:<a@b"));
        List<String> lines = ExplanationText.lines(e, ExplanationText.Detail.FULL);
        assertEquals("类别      5xx 永久否定完成。永久失败：服务器拒绝了，原样再发一次还是会失败。", lines.get(0));
        assertEquals(List.of("说明      发件人地址不是有效的地址：在 < > 里写 name@domain，空发件人写 <>。"),
                lines.stream().filter(l -> l.startsWith("说明")).toList());
        assertTrue(ExplanationJson.of(e).contains("\"code\":501,\"class\":\"永久否定完成\","), ExplanationJson.of(e));
    }

    @Test
    void onlyMailAndRcptGetTheNoteTheInContextWordsAlreadySayTheRest() {
        Explanation ehlo = Explainer.standard().explain(Reply.of(501, "5.5.4", "Syntax: EHLO hostname"),
                ReplyContext.afterLine("EHLO"));
        assertEquals(List.of(), ehlo.notes());
        Explanation rcpt = Explainer.standard().explain(Reply.of(501, "5.5.4", "Bad parameter syntax"),
                ReplyContext.afterLine("RCPT TO:<bob@example.test> NOTIFY="));
        assertEquals(List.of("A parameter after the address is malformed: write KEYWORD=value (SIZE=1000), each keyword once."),
                rcpt.notes());
    }
}

package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that used to stay English in every language, through the shell on a virtual terminal: the
 * scenario summaries and descriptions, the reply class, why a line is no reply, the broken grammar
 * rule and the RFC column of /ref.
 */
@ExtendWith(BackToEnglish.class)
class ShellSpeaksTheLearnersLanguageTest {

    @TempDir
    Path home;

    @Test
    void scenarioListsAndStartsScenariosInGerman() {
        Texts.use(Language.DE);
        ShellDriver.Result result = new ShellDriver(home).line("/scenario").line("/scenario greylist").run();
        assertTrue(result.shows("  * default         Ein freundlicher Server nach Art von Postfix; AUTH nach STARTTLS;"
                + " leitet nur für angemeldete Benutzer weiter"), result.text());
        assertTrue(result.shows("    greylist        Das erste RCPT je Client, Absender und Empfänger bekommt 451 4.7.1;"
                + " ein neuer Versuch 10 s später geht durch"), result.text());
        assertTrue(result.shows("RCPT TO:<alice@example.test> oder <bob@example.test> bekommt 451 4.7.1, wenn dieser"),
                result.text());
        assertFalse(result.shows("A friendly Postfix-like server"), result.text());
        assertFalse(result.shows("gets 451 4.7.1 the first time"), result.text());
    }

    @Test
    void replyClassSyntaxReasonAndNotAReplyInChinese() {
        Texts.use(Language.ZH);
        ShellDriver.Result result = new ShellDriver(home).line("EHLO client.example.test").line("MAIL FROM:<a@b")
                .line("/explain 25x").line("/ref VRFY").run();
        assertTrue(result.shows("<-  501 5.1.7 Bad sender address syntax"), result.text());
        assertTrue(result.shows("5xx 永久否定完成。永久失败："), result.text());
        assertTrue(result.shows("2xx 肯定完成。成功："), result.text());
        assertTrue(result.shows("说明      发件人地址不是有效的地址：在 < > 里写 name@domain，空发件人写 <>。"), result.text());
        assertTrue(result.shows("不是回复：\"25x\"（回复行以 200 到 599 之间的三位数字回复码开头）"), result.text());
        assertTrue(result.shows("定义于 RFC 5321 第 3.5 节和第 4.1.1.6 节"), result.text());
        assertFalse(result.shows("Negative Completion"), result.text());
        assertFalse(result.shows("Positive Completion"), result.text());
        assertFalse(result.shows("three-digit"), result.text());
        assertFalse(result.shows("section"), result.text());
    }
}

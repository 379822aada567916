package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Resources;
import dev.smtptutor.text.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese takes two columns a character: tables, wrapped explanations and /lang on a virtual terminal,
 * with fixture translations (not the product's) laid over the jar's files.
 */
@ExtendWith(BackToEnglish.class)
class ShellWideTextTest {

    private static final Path FIXTURE = Path.of("src/test/resources/dev/smtptutor/shell/zh-fixture");

    @TempDir
    Path home;

    @BeforeEach
    void chinese() {
        Resources.overlay(Optional.of(FIXTURE));
        Texts.use(Language.ZH);
    }

    @AfterEach
    void noOverlay() {
        Resources.overlay(Optional.empty());
    }

    private ShellDriver shell(int columns) {
        return new ShellDriver(home).virtualTerminal().columns(columns);
    }

    private static List<String> lines(ShellDriver.Result result) {
        return result.text().lines().toList();
    }

    @Test
    void refColumnsLineUpInDisplayColumnsWithChineseTitlesAndCategories() {
        ShellDriver.Result result = shell(160).line("/ref").line("/quit").run();
        List<String> rows = lines(result).stream()
                .filter(l -> l.startsWith("命令") || l.matches("^(EHLO|HELO|MAIL FROM|QUIT|AUTH|DATA) .*")).toList();
        assertTrue(rows.size() >= 6, result.text());
        assertTrue(rows.stream().anyMatch(l -> l.contains("会话") && l.contains("扩展问候")), result.text());
        assertTrue(rows.stream().anyMatch(l -> l.contains("认证")), result.text());
        // Each column starts at the same display column on every row, whether its words are Chinese or not.
        String header = rows.get(0);
        String ehlo = rows.stream().filter(l -> l.startsWith("EHLO ")).findFirst().orElseThrow();
        String quit = rows.stream().filter(l -> l.startsWith("QUIT ")).findFirst().orElseThrow();
        String mail = rows.stream().filter(l -> l.startsWith("MAIL FROM ")).findFirst().orElseThrow();
        assertEquals(11, column(header, "类别"));
        assertEquals(11, column(ehlo, "会话"));
        assertEquals(11, column(mail, "邮件 "));
        assertEquals(20, column(header, "语法"));
        assertEquals(20, column(ehlo, "EHLO <hostname>"));
        assertEquals(53, column(header, "作用"));
        assertEquals(53, column(ehlo, "扩展问候"));
        assertEquals(53, column(quit, "礼貌地"));
        assertEquals(53, column(mail, "开始一封邮件"));
    }

    /** The display column at which {@code text} starts in the row. */
    private static int column(String row, String text) {
        assertTrue(row.contains(text), row + " lacks " + text);
        return DisplayWidth.of(row.substring(0, row.indexOf(text)));
    }

    @Test
    void codesMarksAndMeaningsLineUpWithAChineseMark() {
        ShellDriver.Result result = shell(160).line("/codes").line("/quit").run();
        List<String> rows = lines(result).stream().filter(l -> l.matches("^  [2-5]\\d\\d  .*")).toList();
        assertTrue(rows.size() > 20, result.text());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("  334  （扩展）  服务器质询（AUTH）")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("  250  " + " ".repeat(DisplayWidth.of("（扩展）")) + "  请求的邮件操作完成")),
                String.join("\n", rows));
        // The meaning starts at the same column on every row: 2 + 3 + 2 + mark + 2.
        int start = 2 + 3 + 2 + DisplayWidth.of("（扩展）") + 2;
        for (String row : rows) {
            String meaning = row.substring(row.indexOf(row.strip().split("\\s+", 3)[row.contains("（扩展）") ? 2 : 1]));
            assertEquals(start, DisplayWidth.of(row) - DisplayWidth.of(meaning), row);
        }
    }

    @Test
    void aChineseExplanationWrapsWithinEightyColumns() {
        ShellDriver.Result result = shell(80).line("/explain 550 5.1.1 no such user").line("/quit").run();
        String text = result.text();
        List<String> explanation = lines(result).stream()
                .dropWhile(l -> !l.contains("服务器拒绝了这个请求")).takeWhile(l -> !l.isBlank() && !l.contains("enhanced")
                        && !l.contains("next") && !l.contains("smtp>")).toList();
        assertTrue(explanation.size() >= 2, text);
        for (String line : explanation) {
            assertTrue(DisplayWidth.of(line) <= 80, line + " takes " + DisplayWidth.of(line) + " columns");
        }
        String joined = explanation.stream().map(String::strip).collect(Collectors.joining());
        assertTrue(joined.contains("请检查地址的拼写，或者询问收件人正确的地址，然后用新的命令再试一次。"), joined);
        assertFalse(explanation.stream().skip(1).anyMatch(l -> "，。、；：！？）".indexOf(l.strip().charAt(0)) >= 0),
                String.join("\n", explanation));
    }

    @Test
    void refWrapsALongDescriptionInItsOwnColumnAt80Columns() {
        ShellDriver.Result result = shell(80).line("/ref").line("/quit").run();
        List<String> all = lines(result);
        int ehlo = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("EHLO ")) {
                ehlo = i;
            }
        }
        assertTrue(ehlo >= 0, result.text());
        // EHLO's description is longer than the 27 columns left: the rest goes on under it, at column 53.
        assertEquals(53, column(all.get(ehlo), "扩展问候"));
        String next = all.get(ehlo + 1);
        assertTrue(next.startsWith(" ".repeat(53)) && !next.isBlank(), result.text());
        for (int i = ehlo; i < ehlo + 2; i++) {
            assertTrue(dev.smtptutor.text.DisplayWidth.of(all.get(i)) < 80, all.get(i));
        }
        assertTrue(all.stream().noneMatch(l -> l.startsWith("。") || l.startsWith("）")), result.text());
    }

    @Test
    void langSwitchesAtOnceAndIsRememberedPrivately() throws Exception {
        Texts.use(Language.EN);
        ShellDriver.Result result = shell(160).line("/lang zh").line("/ref").line("/quit").run();
        assertTrue(result.shows("从现在起，导师说中文。SMTP 本身"), result.text());
        assertTrue(result.shows("扩展问候"), result.text());
        assertEquals(Language.ZH, Texts.language());
        assertEquals("zh\n", java.nio.file.Files.readString(home.resolve("language")));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(home.resolve("language"))));
    }

    @Test
    void langWithoutACodeListsTheLanguagesMarkingTheCurrentOne() {
        ShellDriver.Result result = shell(160).line("/lang").line("/lang fr").line("/quit").run();
        assertTrue(result.shows("  * zh  中文"), result.text());
        assertTrue(result.shows("    de  Deutsch"), result.text());
        assertTrue(result.shows("'fr' is not a language the tutor speaks; choose one of en, es, pt, it, de, zh."), result.text());
    }
}

package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.RememberedLanguage;
import dev.smtptutor.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --lang: taken by the tutor and by every subcommand, before or after the command's name. */
@ExtendWith(BackToEnglish.class)
class LanguageOptionTest {

    @TempDir
    Path home;

    @Test
    void theFlagIsFoundWhereverItStandsUntilDoubleDash() {
        assertEquals(Optional.of(Language.ES), LanguageOption.flag(List.of("--lang", "es", "lesson", "1")));
        assertEquals(Optional.of(Language.ZH), LanguageOption.flag(List.of("explain", "--lang", "zh", "550 x")));
        assertEquals(Optional.of(Language.DE), LanguageOption.flag(List.of("explain", "--lang=de")));
        assertEquals(Optional.empty(), LanguageOption.flag(List.of("explain", "--", "--lang", "de")));
        assertEquals(Optional.empty(), LanguageOption.flag(List.of("--lang", "fr")));
    }

    @Test
    void theFlagOutranksTheRememberedChoiceWhichOutranksTheEnvironment() throws IOException {
        Map<String, String> environment = Map.of("SMTP_TUTOR_HOME", home.toString(), "LANG", "it_IT.UTF-8");
        assertEquals(Language.IT, LanguageOption.choose(List.of(), environment));
        RememberedLanguage.write(home, Language.PT);
        assertEquals(Language.PT, LanguageOption.choose(List.of("lessons"), environment));
        assertEquals(Language.ZH, LanguageOption.choose(List.of("--lang", "zh"), environment));
    }

    @Test
    void onlyTheLanguageStillOpensTheShellDirectly() {
        assertTrue(LanguageOption.onlyLanguage(List.of("--lang", "zh")));
        assertTrue(LanguageOption.onlyLanguage(List.of("--lang=de")));
        assertFalse(LanguageOption.onlyLanguage(List.of("--lang", "xx")));
        assertFalse(LanguageOption.onlyLanguage(List.of("--lang", "zh", "lesson", "1")));
    }

    @Test
    void everySubcommandAcceptsTheFlagAfterItsName() {
        assertEquals(0, Main.run("explain", "--lang", "zh", "250 OK"));
        assertEquals(Language.ZH, Texts.language());
        assertEquals(0, Main.run("--lang", "de", "scenarios"));
        assertEquals(Language.DE, Texts.language());
        assertEquals(0, Main.run("lessons", "--lang", "es"));
        assertEquals(0, Main.run("lessons", "validate", "--lang", "pt"));
        assertEquals(Language.PT, Texts.language());
    }

    @Test
    void aLanguageTheTutorDoesNotSpeakIsRefusedWithTheChoices() {
        CommandLine cli = new CommandLine(new Main());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("explain", "--lang", "fr", "250 OK"));
        assertTrue(err.toString().startsWith("Invalid value for option '--lang': 'fr' is not a language the tutor"
                + " speaks; choose one of en, es, pt, it, de, zh"), err.toString());
    }

    @Test
    void helpTextsComeFromTheResourceBundleNotTheCode() {
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(CliTexts.help());
        String help = cli.getSubcommands().get("explain").getUsageMessage();
        assertTrue(help.contains("Explain SMTP replies in plain words."), help);
        assertTrue(help.contains("--lang=CODE"), help);
        assertTrue(help.contains("The language the tutor speaks: en, es, pt, it, de or zh"), help);
        assertTrue(help.contains("./run.sh explain --bounce returned-mail.eml"), help);
    }

    @Test
    void everyOptionAndCommandHasItsHelpText() {
        CommandLine cli = new CommandLine(new Main());
        cli.setResourceBundle(CliTexts.help());
        List<String> bare = new java.util.ArrayList<>();
        walk(cli, bare);
        assertEquals(List.of(), bare);
    }

    private static void walk(CommandLine cli, List<String> bare) {
        CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
        if (String.join("", spec.usageMessage().description()).isBlank()) {
            bare.add(spec.qualifiedName());
        }
        for (CommandLine.Model.ArgSpec arg : spec.args()) {
            if (String.join("", arg.description()).isBlank()) {
                bare.add(spec.qualifiedName() + " " + (arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel()));
            }
        }
        cli.getSubcommands().values().forEach(sub -> walk(sub, bare));
    }
}

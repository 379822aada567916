package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.text.TranslationCheck.Finding;
import dev.smtptutor.text.TranslationCheck.Kind;
import dev.smtptutor.text.TranslationCheck.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationCheckTest {

    private static TranslationCheck over(Map<String, String> files) {
        return new TranslationCheck(path -> Optional.ofNullable(files.get(path)));
    }

    @Test
    void missingExtraAndDifferentPlaceholdersAreEachFound() {
        TranslationCheck check = over(Map.of(
                "t/words.properties", "hello = Hello {name}\nbye = Bye\nsent = Sent to {address} via {host}\n",
                "t/words_it.properties", "hello = Ciao {nome}\nsent = Inviato a {address} tramite {host}\nextra = In più\n"));
        assertEquals(List.of(
                new Finding(Language.IT, Kind.MISSING, "t/words_it.properties", "bye", ""),
                new Finding(Language.IT, Kind.EXTRA, "t/words_it.properties", "extra", ""),
                new Finding(Language.IT, Kind.PLACEHOLDERS, "t/words_it.properties", "hello", "{name} / {nome}")),
                check.check(List.of(Subject.bundle("t/words")), List.of(Language.IT)));
    }

    @Test
    void aLanguageWithNoFileMissesEveryKey() {
        TranslationCheck check = over(Map.of("t/words.properties", "a = A\nb = B\n"));
        assertEquals(List.of(new Finding(Language.DE, Kind.MISSING, "t/words_de.properties", "a", ""),
                        new Finding(Language.DE, Kind.MISSING, "t/words_de.properties", "b", "")),
                check.check(List.of(Subject.bundle("t/words")), List.of(Language.DE)));
    }

    @Test
    void malformedPlaceholdersAreFoundInEnglishToo() {
        TranslationCheck check = over(Map.of("t/words.properties", "a = Hello {name\n",
                "t/words_es.properties", "a = Hola { name}\n"));
        List<Finding> findings = check.check(List.of(Subject.bundle("t/words")), List.of(Language.ES));
        assertEquals(List.of(
                new Finding(Language.EN, Kind.MALFORMED, "t/words.properties", "a", "'{' at column 7 is never closed"),
                new Finding(Language.ES, Kind.MALFORMED, "t/words_es.properties", "a",
                        "'{ name}' is not a placeholder: write {name} with letters, digits or '-'")), findings);
    }

    @Test
    void aCompleteTranslationHasNoFindingsAndApostrophesAreFine() {
        TranslationCheck check = over(Map.of("t/words.properties", "a = Check the address {address}\n",
                "t/words_it.properties", "a = Controlla l'indirizzo {address}\n"));
        assertEquals(List.of(), check.check(List.of(Subject.bundle("t/words")), List.of(Language.IT)));
    }

    @Test
    void picocliTextsKeepTheirFormatAndVariables() {
        TranslationCheck check = over(Map.of("t/help.properties", "port = Port (default: ${DEFAULT-VALUE}).%nMore.\nrate = 100%% sure\n",
                "t/help_de.properties", "port = Port (Standard: ${DEFAULT}).\nrate = 100% sicher\n"));
        List<Finding> findings = check.check(List.of(new Subject("t/help", true, Optional.empty())), List.of(Language.DE));
        assertEquals(List.of(
                        new Finding(Language.DE, Kind.FORMAT, "t/help_de.properties", "port",
                                "[${DEFAULT-VALUE}, %n] / [${DEFAULT}]"),
                        new Finding(Language.DE, Kind.FORMAT, "t/help_de.properties", "rate", "[] / [% ]"),
                        new Finding(Language.DE, Kind.MALFORMED, "t/help_de.properties", "rate",
                                "'% ' (picocli formats this text: write %% for a percent sign)")),
                findings);
    }

    @Test
    void aTableRowMustFillEveryColumnItsSubjectNames() {
        TranslationCheck check = over(Map.of(
                "t/commands.tsv", "command\tdescription\trfc\nEHLO\tgreets\tRFC 5321 section 4.1.1.1\nQUIT\tcloses\tRFC 5321 section 4.1.1.10\n",
                "t/commands_de.tsv", "command\tdescription\trfc\nEHLO\tbegrüßt\tRFC 5321, Abschnitt 4.1.1.1\nQUIT\tschließt\t \n"));
        assertEquals(List.of(new Finding(Language.DE, Kind.MISSING, "t/commands_de.tsv", "QUIT/rfc", "")),
                check.check(List.of(Subject.parse("t/commands.tsv command description rfc")), List.of(Language.DE)));
        TranslationCheck withoutColumn = over(Map.of(
                "t/commands.tsv", "command\tdescription\trfc\nEHLO\tgreets\tRFC 5321 section 4.1.1.1\n",
                "t/commands_zh.tsv", "command\tdescription\nEHLO\t问候\n"));
        assertEquals(List.of(new Finding(Language.ZH, Kind.MISSING, "t/commands_zh.tsv", "EHLO/rfc", "")),
                withoutColumn.check(List.of(Subject.parse("t/commands.tsv command description rfc")), List.of(Language.ZH)));
    }

    @Test
    void tablesAreComparedRowByRowOnTheirKeyColumn() {
        TranslationCheck check = over(Map.of(
                "t/commands.tsv", "# note\ncommand\tdescription\tsyntax\nEHLO\tgreets\tEHLO x\nQUIT\tcloses\tQUIT\n",
                "t/commands_zh.tsv", "command\tdescription\nEHLO\t问候\nHELLO\t错\n"));
        assertEquals(List.of(new Finding(Language.ZH, Kind.MISSING, "t/commands_zh.tsv", "QUIT", ""),
                        new Finding(Language.ZH, Kind.EXTRA, "t/commands_zh.tsv", "HELLO", "")),
                check.check(List.of(Subject.parse("t/commands.tsv command")), List.of(Language.ZH)));
    }

    @Test
    void everyEnglishTextOfTheProductHasWellFormedPlaceholders() {
        TranslationCheck check = TranslationCheck.ofClassPath();
        assertEquals(List.of(), check.check(check.subjects(), List.of()));
    }
}

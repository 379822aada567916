package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void lcAllOverridesLcMessagesWhichOverridesLang() {
        assertEquals(Language.DE, LanguageChoice.fromEnvironment(
                Map.of("LC_ALL", "de_DE.UTF-8", "LC_MESSAGES", "es_ES.UTF-8", "LANG", "it_IT.UTF-8")));
        assertEquals(Language.ES, LanguageChoice.fromEnvironment(Map.of("LC_MESSAGES", "es_ES.UTF-8", "LANG", "it_IT.UTF-8")));
        assertEquals(Language.IT, LanguageChoice.fromEnvironment(Map.of("LANG", "it_IT.UTF-8")));
    }

    @Test
    void anEmptyVariableIsPassedOverAsIfUnset() {
        assertEquals(Language.PT, LanguageChoice.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", " ", "LANG", "pt_BR.UTF-8")));
    }

    @Test
    void territoryCodesetAndModifierDoNotMatter() {
        assertEquals(Language.PT, LanguageChoice.ofLocaleName("pt_BR.UTF-8"));
        assertEquals(Language.ZH, LanguageChoice.ofLocaleName("zh_CN.UTF-8"));
        assertEquals(Language.ZH, LanguageChoice.ofLocaleName("zh_TW"));
        assertEquals(Language.DE, LanguageChoice.ofLocaleName("de_AT@euro"));
        assertEquals(Language.ES, LanguageChoice.ofLocaleName("es"));
    }

    @Test
    void cPosixAndUnknownLanguagesAreEnglish() {
        assertEquals(Language.EN, LanguageChoice.ofLocaleName("C"));
        assertEquals(Language.EN, LanguageChoice.ofLocaleName("C.UTF-8"));
        assertEquals(Language.EN, LanguageChoice.ofLocaleName("POSIX"));
        assertEquals(Language.EN, LanguageChoice.ofLocaleName("fr_FR.UTF-8"));
    }

    @Test
    void theFirstSetVariableDecidesEvenWhenItsLanguageIsUnknown() {
        // POSIX: LC_ALL=fr_FR wins over LANG=de_DE; French is not spoken, so English, not German.
        assertEquals(Language.EN, LanguageChoice.fromEnvironment(Map.of("LC_ALL", "fr_FR.UTF-8", "LANG", "de_DE.UTF-8")));
    }

    @Test
    void noVariableMeansEnglish() {
        assertEquals(Language.EN, LanguageChoice.fromEnvironment(Map.of()));
    }

    @Test
    void theFlagOutranksTheEnvironment() {
        assertEquals(Language.ZH, LanguageChoice.choose(Optional.of(Language.ZH), Map.of("LC_ALL", "de_DE.UTF-8")));
        assertEquals(Language.DE, LanguageChoice.choose(Optional.empty(), Map.of("LC_ALL", "de_DE.UTF-8")));
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        assertEquals(Optional.of(Language.ZH), Language.ofCode(" ZH "));
        assertEquals(Optional.empty(), Language.ofCode("fr"));
        assertEquals("en, es, pt, it, de, zh", Language.codes());
    }
}

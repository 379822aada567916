package dev.smtptutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BackToEnglish.class)
class TextBundleTest {

    private final TextBundle greetings = Texts.bundle("dev/smtptutor/text/fixture/greetings");

    @Test
    void theCurrentLanguagesTextIsGivenWithPlaceholdersFilled() {
        Texts.use(Language.ES);
        assertEquals("¡Hola, Ana!", greetings.get("greeting", "name", "Ana"));
        Texts.use(Language.ZH);
        assertEquals("你好，Ana！", greetings.get("greeting", "name", "Ana"));
    }

    @Test
    void aKeyTheTranslationLacksIsShownInEnglishNeverAsItsName() {
        Texts.use(Language.ES);
        assertEquals("Goodbye.", greetings.get("farewell"));
        assertFalse(greetings.translated("farewell"));
        assertTrue(greetings.translated("greeting"));
    }

    @Test
    void aLanguageWithNoFileAtAllIsEnglish() {
        Texts.use(Language.DE);
        assertEquals("Hello, Ana!", greetings.get("greeting", "name", "Ana"));
    }

    @Test
    void aKeyEnglishLacksIsAPackagingBugThatFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> greetings.get("nonexistent"));
        assertEquals("missing text 'nonexistent' in dev/smtptutor/text/fixture/greetings.properties", e.getMessage());
        assertEquals(Optional.empty(), greetings.find("nonexistent"));
    }

    @Test
    void aTrailingBlankWrittenAsAnEscapeIsKept() {
        assertEquals("name: ", greetings.get("prompt"));
    }

    @Test
    void onlyTheLanguagesAskedForAreRead() {
        TextBundle fresh = new TextBundle("dev/smtptutor/text/fixture/greetings");
        Texts.use(Language.ZH);
        fresh.get("greeting");
        assertEquals(Map.of(), fresh.texts(Language.PT));  // read now, for the assertion: no file
        assertEquals("你好，{name}！", fresh.texts(Language.ZH).get("greeting"));
    }

    @Test
    void theResourceBundleViewFallsBackTheSameWay() {
        Texts.use(Language.ES);
        java.util.ResourceBundle view = greetings.asResourceBundle();
        assertEquals("¡Hola, {name}!", view.getString("greeting"));
        assertEquals("Goodbye.", view.getString("farewell"));
    }
}

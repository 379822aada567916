package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonTexts;
import dev.smtptutor.lesson.Step;
import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lesson 1 of the shipped curriculum, played to the end in a real shell in each language the tutor
 * speaks: every step's title and the closing line come in that language's words, never in English.
 */
@ExtendWith(BackToEnglish.class)
class LessonOneInEveryLanguageTest {

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void lessonOneIsPlayedToTheEndInTheLanguagesOwnWords(Language language) throws Exception {
        Texts.use(Language.EN);
        Lesson english = LessonLibrary.bundled().lessons().get(0);
        Texts.use(language);
        Lesson lesson = LessonLibrary.bundled().lessons().get(0);
        assertNotEquals(english.title(), lesson.title(), "lesson 1 has no " + language + " translation");

        ShellDriver driver = new ShellDriver(home).detail(DetailLevel.SHORT).line("/lesson 1");
        lesson.steps().forEach(step -> step.solution().forEach(driver::line));
        String text = driver.run().text();

        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            assertTrue(text.contains(step.title()), language + ": step '" + step.id() + "' title missing\n" + text);
            String englishTitle = english.steps().get(i).title();
            if (!englishTitle.equals(step.title())) {
                assertFalse(text.contains(englishTitle + " ("),
                        language + ": the English title of step '" + step.id() + "' was shown\n" + text);
            }
        }
        int steps = lesson.steps().size();
        String finished = LessonTexts.get("finished", Map.of("number", 1, "done", steps, "count", steps, "par", steps));
        String opening = finished.split("[:：]", 2)[0]; // "Lektion 1 abgeschlossen", "第 1 课完成"
        assertTrue(text.contains(opening), language + ": " + finished + "\n" + text);
        assertFalse(text.contains("Lesson 1 finished"), text);
    }
}

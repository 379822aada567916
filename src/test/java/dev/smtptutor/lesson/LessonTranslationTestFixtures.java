package dev.smtptutor.lesson;

/** The fixture lesson of {@link LessonTranslationTest}, for tests in other packages. */
public final class LessonTranslationTestFixtures {

    private LessonTranslationTestFixtures() {}

    public static String english() {
        return LessonTranslationTest.ENGLISH;
    }

    public static String spanish() {
        return LessonTranslationTest.SPANISH;
    }
}

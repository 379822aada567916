package dev.smtptutor.text;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class whose tests switch the tutor's language: English again after each test, whatever
 * the test did, so that the next class reads the words it expects. {@code @ExtendWith(BackToEnglish.class)}.
 */
public final class BackToEnglish implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Texts.use(Language.EN);
    }
}

package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.RememberedLanguage;
import dev.smtptutor.text.Texts;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /lang [CODE]: lists the languages, or switches to one at once (every text from the next line on)
 * and remembers it in the tutor's folder for the next start.
 */
final class LanguageCommand implements SlashCommand {

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public List<String> arguments(ShellSession session) {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }

    @Override
    public void run(String arguments, ShellSession session, Prompter prompter) {
        ShellOutput out = session.out();
        if (arguments.isBlank()) {
            for (Language language : Language.values()) {
                out.line(Messages.get("lang.entry", Map.of("mark", language == Texts.language() ? "*" : " ",
                        "code", language.code(), "name", language.nativeName())));
            }
            out.hint(Messages.get("lang.how"));
            return;
        }
        Optional<Language> chosen = Language.ofCode(arguments);
        if (chosen.isEmpty()) {
            out.warn(Messages.get("lang.unknown", Map.of("typed", arguments.strip(), "codes", Language.codes())));
            return;
        }
        Texts.use(chosen.get());
        session.languageChanged();
        try {
            RememberedLanguage.write(session.home(), chosen.get());
            out.hint(Messages.get("lang.switched", "name", chosen.get().nativeName()));
        } catch (IOException e) {
            out.hint(Messages.get("lang.switched", "name", chosen.get().nativeName()));
            out.warn(Messages.get("lang.not-remembered", "why", FileTrouble.describe(e)));
        }
    }
}

package dev.smtptutor.explain;

/**
 * Every knowledge file: the reference tables (in the current language, so a supplier), the words of
 * each kind of explanation, and the causes that a reply's words reveal.
 */
record Knowledge(java.util.function.Supplier<Reference> references, Texts replies, Texts inContext, Texts enhanced, Texts capabilities,
                 Texts challenges, CauseFinder causes) {

    static Knowledge load() {
        return new Knowledge(Reference::standard, Texts.load("replies.properties"),
                Texts.load("in-context.properties"), Texts.load("enhanced.properties"),
                Texts.load("capabilities.properties"), Texts.load("challenges.properties"),
                CauseFinder.load());
    }
}

package dev.smtptutor.explain;

/** Every knowledge file, read once: the reference tables and the words of each kind of explanation. */
record Knowledge(Reference reference, Texts replies, Texts inContext, Texts enhanced, Texts capabilities,
                 Texts challenges, CauseFinder causes) {

    static Knowledge load() {
        return new Knowledge(Reference.standard(), Texts.load("replies.properties"),
                Texts.load("in-context.properties"), Texts.load("enhanced.properties"),
                Texts.load("capabilities.properties"), Texts.load("challenges.properties"),
                CauseFinder.load());
    }
}

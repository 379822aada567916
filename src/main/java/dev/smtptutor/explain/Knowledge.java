package dev.smtptutor.explain;

/**
 * Every knowledge file: the reference tables (in the current language, so a supplier), the words of
 * each kind of explanation, and the causes that a reply's words reveal.
 */
record Knowledge(java.util.function.Supplier<Reference> references, Texts replies, Texts inContext, Texts enhanced, Texts capabilities,
                 Texts challenges, java.util.function.Supplier<CauseFinder> causes) {

    static Knowledge load() {
        return new Knowledge(Reference::standard, Texts.load("replies.properties"),
                Texts.load("in-context.properties"), Texts.load("enhanced.properties"),
                Texts.load("capabilities.properties"), Texts.load("challenges.properties"),
                new LazyCauses());
    }

    /**
     * causes.tsv is read and its patterns compiled on the first negative reply: a fifth of the shell's
     * start went to them, and the banner and the first replies of a lesson are positive.
     */
    private static final class LazyCauses implements java.util.function.Supplier<CauseFinder> {
        private volatile CauseFinder finder;

        @Override
        public CauseFinder get() {
            CauseFinder loaded = finder;
            if (loaded == null) {
                synchronized (this) {
                    loaded = finder;
                    if (loaded == null) {
                        loaded = CauseFinder.load();
                        finder = loaded;
                    }
                }
            }
            return loaded;
        }
    }
}

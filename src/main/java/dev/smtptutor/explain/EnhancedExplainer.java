package dev.smtptutor.explain;

import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enhanced status codes in plain words (RFC 3463 §3): the text written for the code when there is one,
 * otherwise its registry title with what its class and subject say, otherwise whatever part is known.
 */
final class EnhancedExplainer {

    private final java.util.function.Supplier<Reference> references;
    private final Texts texts;

    EnhancedExplainer(java.util.function.Supplier<Reference> references, Texts texts) {
        this.references = references;
        this.texts = texts;
    }

    EnhancedMeaning explain(EnhancedStatusCode code) {
        // Written without Optional.map and lambdas: QUIT's 221 2.0.0 is explained on the way to the first
        // prompt, and each lambda's first call is linked by the JVM then.
        Reference reference = references.get();
        Optional<EnhancedEntry> classEntry = reference.enhanced(code.classKey());
        if (classEntry.isEmpty()) {
            throw new IllegalStateException("enhanced-codes.tsv lacks class " + code.classKey());
        }
        String classTitle = classEntry.get().title();
        Optional<String> subjectTitle = title(reference.enhanced(code.subjectKey()));
        Optional<String> title = title(reference.enhanced(code));
        Optional<Map.Entry<String, String>> written = texts.first(List.of(code.toString(), code.registryKey()));
        if (written.isPresent()) {
            return new EnhancedMeaning(code, title, classTitle, subjectTitle, written.get().getValue(), true);
        }
        Map<String, String> values = Map.of(
                "title", title.orElse(""),
                "class", texts.require("class." + code.codeClass()),
                "subject", texts.get("subject." + code.subject()).orElse(""),
                "subject-number", String.valueOf(code.subject()),
                "detail", String.valueOf(code.detail()));
        String template = title.isPresent() ? "registered"
                : subjectTitle.isPresent() ? "unknown-detail" : "unknown-subject";
        return new EnhancedMeaning(code, title, classTitle, subjectTitle,
                Texts.fill(texts.require(template), values), false);
    }

    private static Optional<String> title(Optional<EnhancedEntry> entry) {
        return entry.isPresent() ? Optional.of(entry.get().title()) : Optional.empty();
    }

    /** What to do next when the code alone tells it. */
    Optional<String> next(EnhancedStatusCode code) {
        Optional<Map.Entry<String, String>> next = texts.first(List.of(code + ".next", code.registryKey() + ".next"));
        return next.isPresent() ? Optional.of(next.get().getValue()) : Optional.empty();
    }

    /** A remark when the enhanced class contradicts the reply code's first digit; empty when they agree. */
    Optional<String> mismatch(EnhancedStatusCode code, int replyCode) {
        if (code.codeClass() == replyCode / 100) {
            return Optional.empty();
        }
        return Optional.of(Texts.fill(texts.require("mismatch"), Map.of(
                "enhanced-class", String.valueOf(code.codeClass()),
                "reply-class", String.valueOf(replyCode / 100))));
    }
}

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
        Reference reference = references.get();
        String classTitle = reference.enhanced(code.classKey()).map(EnhancedEntry::title)
                .orElseThrow(() -> new IllegalStateException("enhanced-codes.tsv lacks class " + code.classKey()));
        Optional<String> subjectTitle = reference.enhanced(code.subjectKey()).map(EnhancedEntry::title);
        Optional<String> title = reference.enhanced(code).map(EnhancedEntry::title);
        Optional<String> written = texts.first(List.of(code.toString(), code.registryKey())).map(Map.Entry::getValue);
        if (written.isPresent()) {
            return new EnhancedMeaning(code, title, classTitle, subjectTitle, written.get(), true);
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

    /** What to do next when the code alone tells it. */
    Optional<String> next(EnhancedStatusCode code) {
        return texts.first(List.of(code + ".next", code.registryKey() + ".next")).map(Map.Entry::getValue);
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

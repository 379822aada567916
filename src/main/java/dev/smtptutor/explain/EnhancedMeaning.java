package dev.smtptutor.explain;

import dev.smtptutor.protocol.EnhancedStatusCode;
import java.util.Optional;

/**
 * What an enhanced status code says (RFC 3463).
 *
 * @param code         the code as sent, e.g. 5.1.1
 * @param title        the registry title, verbatim; empty when the code is not in the registry
 * @param classTitle   the registry title of its class, e.g. "Permanent Failure"
 * @param subjectTitle the registry title of its subject, e.g. "Addressing Status"; empty for an unknown subject
 * @param plain        its meaning in plain words: written for the common codes, else built from title and subject
 * @param specific     true when {@code plain} was written for this very code, not assembled from its parts
 */
public record EnhancedMeaning(EnhancedStatusCode code, Optional<String> title, String classTitle,
                              Optional<String> subjectTitle, String plain, boolean specific) {

    /** True when the registry lists this code. */
    public boolean registered() {
        return title.isPresent();
    }
}

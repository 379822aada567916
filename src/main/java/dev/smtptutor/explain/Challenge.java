package dev.smtptutor.explain;

import java.util.Optional;

/**
 * The challenge of a 334 reply during AUTH (RFC 4954 §4), decoded.
 *
 * @param base64      the text as the server sent it
 * @param decoded     the text it decodes to; empty when it is not base64 or not readable text
 * @param kind        what the server asks for
 * @param explanation what that means, in plain words
 */
public record Challenge(String base64, Optional<String> decoded, Kind kind, String explanation) {

    public enum Kind {
        /** No challenge text: the client speaks first (AUTH PLAIN without initial response). */
        EMPTY,
        /** The LOGIN mechanism's "Username:" prompt. */
        USERNAME,
        /** The LOGIN mechanism's "Password:" prompt. */
        PASSWORD,
        /** A CRAM-MD5 challenge string such as &lt;1896.697170952@postoffice.example.net&gt; (RFC 2195). */
        CRAM_MD5,
        /** XOAUTH2 / OAUTHBEARER error details in JSON. */
        OAUTH_ERROR,
        /** Binary data (GSSAPI, NTLM, SCRAM): for programs only. */
        BINARY,
        /** Text that is not base64 at all. */
        NOT_BASE64,
        /** Readable text the tutor has no special word for. */
        OTHER
    }
}

package dev.smtptutor.mail;

import java.util.List;
import java.util.Optional;

/**
 * One node of a message's MIME tree (RFC 2045, RFC 2046), decoded.
 *
 * @param number            the part's place, "1", "2.1" (the IMAP numbering of RFC 3501 §6.4.5); "" for the message itself
 * @param mimeType          the base type in lower case, e.g. "text/plain"
 * @param contentType       the whole Content-Type value, parameters included
 * @param transferEncoding  the Content-Transfer-Encoding, lower case; empty when absent (7bit)
 * @param disposition       "inline" or "attachment" when a Content-Disposition says so
 * @param fileName          the file name of an attachment, decoded (RFC 2231)
 * @param decodedSize       the size of the content after undoing the transfer encoding, in bytes
 * @param text              the decoded text of a text/* leaf
 * @param children          the parts of a multipart, or the body of an attached message
 */
public record MimePart(String number, String mimeType, String contentType, Optional<String> transferEncoding,
                       Optional<String> disposition, Optional<String> fileName, long decodedSize,
                       Optional<String> text, List<MimePart> children) {

    public MimePart {
        children = List.copyOf(children);
    }

    public boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    /** Every node, this one first, depth first. */
    public List<MimePart> flatten() {
        List<MimePart> out = new java.util.ArrayList<>();
        out.add(this);
        children.forEach(child -> out.addAll(child.flatten()));
        return out;
    }
}

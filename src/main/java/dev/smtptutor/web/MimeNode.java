package dev.smtptutor.web;

import java.util.List;

/**
 * One node of a message's MIME tree, decoded.
 *
 * @param number      IMAP-style part number, "" for the message itself
 * @param text        the decoded text of a text/* leaf, else ""
 */
public record MimeNode(String number, String mimeType, String contentType, String transferEncoding,
                       String disposition, String fileName, long size, String text, List<MimeNode> children) {

    public MimeNode {
        children = List.copyOf(children);
    }
}

package dev.smtptutor.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a file of ours that must be UTF-8 text. A file that is not (a binary, a file saved as Latin-1)
 * becomes one problem naming the line of the first byte that cannot be read, instead of Java's
 * "Input length = 1" with no file name.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /** The text, or empty when the bytes are not UTF-8 (the problem, with its line, is added). */
    public static Optional<String> decode(byte[] bytes, FileProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(text.toString());
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            problems.add(lineOf(bytes, bad), ProblemWords.get("text.not-utf8",
                    String.format(Locale.ROOT, "%02x", bytes[Math.min(bad, bytes.length - 1)] & 0xff)));
            return Optional.empty();
        }
    }

    /** Where decoding fails: the longest prefix that decodes is cut just before it. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

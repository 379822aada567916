package dev.smtptutor.sim;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Optional;

/**
 * BDAT chunk-size [LAST] (RFC 3030 §2): the next chunk-size octets are message text, sent right
 * after the command with no reply in between. So the octets are read whatever the answer will be,
 * and the answer comes after them: "250 2.0.0 Ok: n bytes" per chunk, "queued as" after LAST.
 */
final class BdatHandler implements CommandHandler {

    /** A chunk announced by BDAT whose octets are still arriving. */
    static final class PendingChunk {
        final long size;
        final boolean last;
        /** The answer decided before the octets came, when the chunk is refused; empty: the chunk is taken. */
        final Optional<List<SessionAction>> refusal;
        long remaining;

        PendingChunk(long size, boolean last, Optional<List<SessionAction>> refusal) {
            this.size = size;
            this.last = last;
            this.refusal = refusal;
            this.remaining = size;
        }
    }

    @Override
    public List<SessionAction> handle(Command command, SessionState session) {
        if (!session.config.chunking()) {
            // Without CHUNKING the octets would be read as commands: Postfix hangs up instead.
            session.resetTransaction();
            session.state = SmtpState.CLOSED;
            return List.of(SessionAction.send(Replies.BDAT_NOT_OFFERED), new SessionAction.Close());
        }
        long size = size(command);
        boolean last = isLast(command);
        return expect(session, size, last, refusal(size, last, session).map(CommandHandler::reply));
    }

    /** A scenario rule answered this BDAT: read its octets all the same, then give that answer. */
    static List<SessionAction> refuse(Command command, SessionState session, List<SessionAction> answer) {
        return expect(session, size(command), isLast(command), Optional.of(answer));
    }

    private static List<SessionAction> expect(SessionState session, long size, boolean last,
                                              Optional<List<SessionAction>> refusal) {
        if (refusal.isEmpty() && session.transaction.chunks == null) {
            session.transaction.chunks = new ChunkedMessage(session.config.sizeLimit(), session.store);
        }
        session.pendingChunk = new PendingChunk(size, last, refusal);
        return List.of(new SessionAction.ReadOctets(size));
    }

    private static Optional<Reply> refusal(long size, boolean last, SessionState session) {
        if (session.transaction == null) {
            return Optional.of(session.greeted() ? Replies.NEED_MAIL : Replies.NEED_EHLO);
        }
        if (session.transaction.recipients.isEmpty()) {
            return Optional.of(Replies.NEED_RCPT);
        }
        if (size == 0 && !last) {
            return Optional.of(Replies.NULL_BDAT); // a chunk of nothing that is not the end
        }
        ChunkedMessage chunks = session.transaction.chunks;
        return chunks != null && chunks.failed ? Optional.of(Replies.discardedAfterError(size)) : Optional.empty();
    }

    /** Octets of the pending chunk as they arrive; the answer comes with the last of them. */
    static List<SessionAction> octets(byte[] slice, SessionState session) {
        PendingChunk chunk = session.pendingChunk;
        if (slice.length > chunk.remaining) {
            throw new IllegalArgumentException("BDAT announced " + chunk.remaining + " more octets, not " + slice.length);
        }
        chunk.remaining -= slice.length;
        if (chunk.refusal.isEmpty()) {
            session.transaction.chunks.append(slice);
        }
        if (chunk.remaining > 0) {
            return List.of();
        }
        session.pendingChunk = null;
        return complete(chunk, session);
    }

    private static List<SessionAction> complete(PendingChunk chunk, SessionState session) {
        if (chunk.refusal.isPresent()) {
            endOrFail(chunk, session);
            return chunk.refusal.get();
        }
        ChunkedMessage message = session.transaction.chunks;
        if (message.tooBig()) {
            endOrFail(chunk, session);
            return CommandHandler.reply(Replies.SIZE_EXCEEDS_LIMIT);
        }
        if (message.refusedForStorage()) {
            endOrFail(chunk, session);
            return CommandHandler.reply(Replies.INSUFFICIENT_STORAGE);
        }
        if (!chunk.last) {
            return CommandHandler.reply(Replies.chunkReceived(chunk.size));
        }
        return Delivery.complete(session, message.content(), id -> Replies.chunksQueued(message.size(), id));
    }

    /** After a refused chunk the transaction ends at LAST; before it, later chunks are discarded. */
    private static void endOrFail(PendingChunk chunk, SessionState session) {
        if (session.transaction == null || session.state == SmtpState.CLOSED) {
            return;
        }
        if (chunk.last) {
            session.resetTransaction();
        } else {
            if (session.transaction.chunks == null) {
                session.transaction.chunks = new ChunkedMessage(session.config.sizeLimit(), session.store);
            }
            session.transaction.chunks.failed = true;
        }
    }

    private static long size(Command command) {
        return Long.parseLong(command.argument().split("\\s+")[0]);
    }

    private static boolean isLast(Command command) {
        return command.argument().split("\\s+").length > 1; // the parser let only "LAST" through
    }
}

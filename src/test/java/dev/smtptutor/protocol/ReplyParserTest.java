package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyParserTest {

    @Test
    void singleLineReplyIsCompleteAtOnce() {
        ReplyParser parser = new ReplyParser();
        Reply reply = assertInstanceOf(ReplyParser.Complete.class, parser.accept("250 2.1.0 Ok")).reply();
        assertEquals(250, reply.code());
        assertEquals("2.1.0", reply.enhanced().orElseThrow().toString());
        assertEquals("Ok", reply.text());
    }

    @Test
    void multiLineReplyCompletesOnTheLineWithASpace() {
        ReplyParser parser = new ReplyParser();
        assertInstanceOf(ReplyParser.Incomplete.class, parser.accept("250-mail.example.test"));
        assertInstanceOf(ReplyParser.Incomplete.class, parser.accept("250-PIPELINING"));
        Reply reply = assertInstanceOf(ReplyParser.Complete.class, parser.accept("250 SIZE 1000")).reply();
        assertEquals(List.of("mail.example.test", "PIPELINING", "SIZE 1000"), reply.lines());
        assertEquals("250-mail.example.test\r\n250-PIPELINING\r\n250 SIZE 1000\r\n", reply.toWire());
    }

    @Test
    void bareCodeIsAValidLastLine() {
        Reply reply = assertInstanceOf(ReplyParser.Complete.class, new ReplyParser().accept("354")).reply();
        assertEquals(354, reply.code());
        assertEquals("", reply.text());
    }

    @Test
    void codeChangingMidReplyIsMalformed() {
        ReplyParser parser = new ReplyParser();
        parser.accept("250-first");
        ReplyParser.Malformed malformed = assertInstanceOf(ReplyParser.Malformed.class, parser.accept("251 second"));
        assertEquals(new ReplyParser.Malformed("251 second", ReplyParser.Problem.CODE_CHANGED, 250, 251), malformed);
    }

    @Test
    void linesThatAreNotRepliesAreMalformed() {
        assertEquals(ReplyParser.Problem.CODE_OUT_OF_RANGE,
                assertInstanceOf(ReplyParser.Malformed.class, new ReplyParser().accept("hello")).problem());
        assertEquals(ReplyParser.Problem.CODE_OUT_OF_RANGE,
                assertInstanceOf(ReplyParser.Malformed.class, new ReplyParser().accept("150 too low")).problem());
        assertEquals(ReplyParser.Problem.BAD_SEPARATOR,
                assertInstanceOf(ReplyParser.Malformed.class, new ReplyParser().accept("250_wrong separator")).problem());
        assertEquals(ReplyParser.Problem.NO_CODE,
                assertInstanceOf(ReplyParser.Malformed.class, new ReplyParser().accept("25")).problem());
    }

    @Test
    void enhancedCodeIsReadOnlyAtTheStartOfTheText() {
        assertTrue(Reply.of(250, "Ok 2.0.0").enhanced().isEmpty());
        assertEquals("5.7.1", Reply.of(554, "5.7.1", "<x@y>: Relay access denied").enhanced().orElseThrow().toString());
        assertTrue(Reply.of(250, "2.0.0.1 not one").enhanced().isEmpty());
    }

    @Test
    void parseAllSplitsAStreamIntoReplies() {
        ReplyParser.ParsedText parsed = ReplyParser.parseAll("220 hi\r\n250-a\r\n250 b\r\nnonsense\r\n550 5.1.1 no\n");
        assertEquals(3, parsed.replies().size());
        assertEquals(List.of("a", "b"), parsed.replies().get(1).lines());
        assertEquals(1, parsed.problems().size());
        assertEquals("nonsense", parsed.problems().get(0).line());
    }

    @Test
    void parseAllReportsAnUnfinishedMultiLineReply() {
        ReplyParser.ParsedText parsed = ReplyParser.parseAll("250-a\n250-b\n");
        assertTrue(parsed.replies().isEmpty());
        assertEquals(ReplyParser.Problem.UNFINISHED, parsed.problems().get(0).problem());
    }
}

package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    private static Command parsed(String line) {
        ParseResult result = CommandParser.parse(line);
        return assertInstanceOf(ParseResult.Parsed.class, result, () -> line + " -> " + result).command();
    }

    private static SyntaxProblem problem(String line) {
        ParseResult result = CommandParser.parse(line);
        return assertInstanceOf(ParseResult.Malformed.class, result, () -> line + " -> " + result).problem();
    }

    @Test
    void verbsAreCaseInsensitive() {
        assertEquals(Verb.EHLO, parsed("ehlo client.example").verb());
        assertEquals(Verb.QUIT, parsed("QuIt").verb());
        assertEquals("client.example", parsed("eHlO client.example").argument());
    }

    @Test
    void mailFromWithAndWithoutSpaceAfterColonIsTheSameCommand() {
        Command tight = parsed("MAIL FROM:<alice@example.test>");
        Command spaced = parsed("mail from: <alice@example.test>");
        assertEquals(tight.path(), spaced.path());
        assertEquals("alice@example.test", tight.path().orElseThrow().address());
    }

    @Test
    void mailFromWithoutAngleBracketsIsAcceptedAsPostfixDoes() {
        assertEquals("alice@example.test", parsed("MAIL FROM:alice@example.test").path().orElseThrow().address());
    }

    @Test
    void nullReversePathIsAcceptedForMail() {
        Path path = parsed("MAIL FROM:<>").path().orElseThrow();
        assertTrue(path.isNull());
        assertEquals("<>", path.bracketed());
    }

    @Test
    void nullPathIsRefusedForRcpt() {
        assertEquals(SyntaxProblem.BAD_RECIPIENT_ADDRESS, problem("RCPT TO:<>"));
    }

    @Test
    void esmtpParametersAreParsedWithUpperCaseKeywordsInOrder() {
        Command command = parsed("MAIL FROM:<a@example.test> size=1000 BODY=8BITMIME SMTPUTF8");
        assertEquals(List.of("SIZE", "BODY", "SMTPUTF8"), List.copyOf(command.parameters().keySet()));
        assertEquals(Map.of("SIZE", "1000", "BODY", "8BITMIME", "SMTPUTF8", ""), command.parameters());
    }

    @Test
    void repeatedParameterIsASyntaxError() {
        assertEquals(SyntaxProblem.BAD_PARAMETER_SYNTAX, problem("MAIL FROM:<a@example.test> SIZE=1 SIZE=2"));
    }

    @Test
    void parameterWithEmptyValueIsASyntaxError() {
        assertEquals(SyntaxProblem.BAD_PARAMETER_SYNTAX, problem("MAIL FROM:<a@example.test> SIZE="));
    }

    @Test
    void sourceRouteIsAcceptedAndIgnored() {
        assertEquals("bob@example.test", parsed("RCPT TO:<@relay.one,@relay.two:bob@example.test>")
                .path().orElseThrow().address());
    }

    @Test
    void postmasterWithoutDomainIsAValidRecipient() {
        assertEquals("Postmaster", parsed("RCPT TO:<Postmaster>").path().orElseThrow().address());
    }

    @Test
    void quotedLocalPartMayHoldSpaces() {
        assertEquals("\"john smith\"@example.test",
                parsed("RCPT TO:<\"john smith\"@example.test>").path().orElseThrow().address());
    }

    @Test
    void addressLiteralsAreDomains() {
        assertEquals("[192.0.2.1]", parsed("RCPT TO:<bob@[192.0.2.1]>").path().orElseThrow().domain());
        assertEquals("[ipv6:2001:db8::1]", parsed("RCPT TO:<bob@[IPv6:2001:db8::1]>").path().orElseThrow().domain());
    }

    @Test
    void utf8AddressParsesAndIsMarkedNonAscii() {
        Path path = parsed("RCPT TO:<jösé@example.test>").path().orElseThrow();
        assertEquals(false, path.isAscii());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL FROM:<alice>", "MAIL FROM:<alice@>", "MAIL FROM:<@example.test>",
            "MAIL FROM:<alice@example..test>", "MAIL FROM:<.alice@example.test>", "MAIL FROM:<alice@example.test",
            "MAIL FROM:<al ice@example.test>", "MAIL FROM:<alice@-example.test>", "MAIL FROM:<alice@[300.1.1.1]>"})
    void malformedSenderAddressesAreBadSenderSyntax(String line) {
        assertEquals(SyntaxProblem.BAD_SENDER_ADDRESS, problem(line));
    }

    @Test
    void localPartOver64OctetsIsRefused() {
        String local = "a".repeat(65);
        assertEquals(SyntaxProblem.BAD_RECIPIENT_ADDRESS, problem("RCPT TO:<" + local + "@example.test>"));
        assertEquals(Verb.RCPT, parsed("RCPT TO:<" + "a".repeat(64) + "@example.test>").verb());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAIL", "MAIL FROM", "MAIL TO:<a@example.test>", "MAIL FROM:"})
    void mailWithoutFromColonPathIsMailSyntax(String line) {
        assertEquals(SyntaxProblem.MAIL_SYNTAX, problem(line));
    }

    @Test
    void rcptWithoutToIsRcptSyntax() {
        assertEquals(SyntaxProblem.RCPT_SYNTAX, problem("RCPT <bob@example.test>"));
    }

    @Test
    void ehloAndHeloNeedADomain() {
        assertEquals(SyntaxProblem.EHLO_NEEDS_DOMAIN, problem("EHLO"));
        assertEquals(SyntaxProblem.HELO_NEEDS_DOMAIN, problem("HELO   "));
    }

    @Test
    void commandsWithoutArgumentsRefuseOne() {
        assertEquals(SyntaxProblem.DATA_TAKES_NO_ARGUMENT, problem("DATA now"));
        assertEquals(SyntaxProblem.QUIT_TAKES_NO_ARGUMENT, problem("QUIT please"));
        assertEquals(SyntaxProblem.RSET_TAKES_NO_ARGUMENT, problem("RSET all"));
        assertEquals(SyntaxProblem.STARTTLS_TAKES_NO_ARGUMENT, problem("STARTTLS now"));
    }

    @Test
    void noopAndHelpTakeAnOptionalArgument() {
        assertEquals("", parsed("NOOP").argument());
        assertEquals("anything at all", parsed("NOOP anything at all").argument());
        assertEquals("MAIL", parsed("HELP MAIL").argument());
    }

    @Test
    void vrfyAndExpnNeedAnArgument() {
        assertEquals(SyntaxProblem.VRFY_NEEDS_ARGUMENT, problem("VRFY"));
        assertEquals(SyntaxProblem.EXPN_NEEDS_ARGUMENT, problem("EXPN"));
    }

    @Test
    void authTakesAMechanismAndAnOptionalInitialResponse() {
        assertEquals("PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", parsed("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=").argument());
        assertEquals(SyntaxProblem.AUTH_SYNTAX, problem("AUTH"));
        assertEquals(SyntaxProblem.AUTH_SYNTAX, problem("AUTH PLAIN a b"));
    }

    @Test
    void bdatTakesASizeAndOptionalLast() {
        assertEquals("100 LAST", parsed("BDAT 100 LAST").argument());
        assertEquals(SyntaxProblem.BDAT_SYNTAX, problem("BDAT lots"));
    }

    @Test
    void unknownVerbIsReportedWithTheWordTyped() {
        ParseResult result = CommandParser.parse("HELLO there");
        assertEquals("HELLO", assertInstanceOf(ParseResult.Unknown.class, result).word());
    }

    @Test
    void emptyLineIsBadSyntax() {
        assertEquals(SyntaxProblem.EMPTY_LINE, problem("   "));
    }

    @Test
    void syntaxProblemsCarryPostfixReplies() {
        assertEquals("501 5.5.4 Syntax: MAIL FROM:<address>\r\n", SyntaxProblem.MAIL_SYNTAX.reply().toWire());
        assertEquals("501 5.1.3 Bad recipient address syntax\r\n", SyntaxProblem.BAD_RECIPIENT_ADDRESS.reply().toWire());
        assertEquals("501 5.1.7 Bad sender address syntax\r\n", SyntaxProblem.BAD_SENDER_ADDRESS.reply().toWire());
    }
}

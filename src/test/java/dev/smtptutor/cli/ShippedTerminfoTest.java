package dev.smtptutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tutor's quick reading of JLine's shipped terminfo entries gives exactly what JLine's own parse gives. */
class ShippedTerminfoTest {

    @ParameterizedTest
    @ValueSource(strings = {"ansi", "xterm", "xterm-256color", "screen", "screen-256color", "rxvt-unicode",
            "rxvt-unicode-256color", "rxvt-basic", "rxvt", "windows", "windows-256color", "windows-conemu", "windows-vtp"})
    void everyShippedEntryReadsAsJLineReadsIt(String type) {
        String source = ShippedTerminfo.entry(type).orElseThrow();
        assertEquals(InfoCmp.getDefaultInfoCmp(type), source);

        Set<Capability> bools = new HashSet<>();
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(source, bools, ints, strings);
        Set<Capability> quickBools = new HashSet<>();
        Map<Capability, Integer> quickInts = new HashMap<>();
        Map<Capability, String> quickStrings = new HashMap<>();
        ShippedTerminfo.parse(source, quickBools, quickInts, quickStrings);

        assertEquals(bools, quickBools);
        assertEquals(ints, quickInts);
        assertEquals(strings, quickStrings);
        for (int time = 0; time < 2; time++) { // parsed once, then copied from the parse kept
            Set<Capability> filledBools = new HashSet<>();
            Map<Capability, Integer> filledInts = new HashMap<>();
            Map<Capability, String> filledStrings = new HashMap<>();
            ShippedTerminfo.fill(type, filledBools, filledInts, filledStrings);
            assertEquals(bools, filledBools);
            assertEquals(ints, filledInts);
            assertEquals(strings, filledStrings);
        }
        assertTrue(strings.size() > 10, type + " has its key and cursor sequences: " + strings.keySet());
    }

    @Test
    void theNumbersAndSequencesOfXtermAreRead() {
        Set<Capability> bools = new HashSet<>();
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        ShippedTerminfo.parse(ShippedTerminfo.entry("xterm-256color").orElseThrow(), bools, ints, strings);
        assertEquals(256, ints.get(Capability.max_colors));
        assertEquals(80, ints.get(Capability.columns));
        assertEquals("\\EOA", strings.get(Capability.key_up));
        assertTrue(bools.contains(Capability.auto_right_margin));
    }

    @Test
    void aLineSplitsIntoCapabilitiesAsJLinesPatternSplitsIt() {
        java.util.regex.Pattern jline = java.util.regex.Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");
        for (String line : List.of("\tam, bce, ccc, km,", "\tcolors#256, cols#80, it#8,",
                "\tflash=\\E[?5h$<100/>\\E[?5l, kbs=^?,", "\tno comma at the end", "\tends at the last $ of $ it",
                "  , ,x,", ",,,", "a\\,b,", "\tblank before the comma ,", "", "   ", "$", " $", "x$y$", "\t  \t,")) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = jline.matcher(line);
            while (m.find()) {
                expected.add(m.group(1));
            }
            assertEquals(expected, ShippedTerminfo.capabilities(line), "\"" + line + "\"");
        }
    }

    @Test
    void anythingElseIsNotShipped() {
        for (String type : List.of("dumb", "vt100", "../../etc/passwd", "xterm-256color\n", "")) {
            assertEquals(Optional.empty(), ShippedTerminfo.entry(type), type);
        }
        assertEquals(Optional.empty(), ShippedTerminfo.entry(null));
    }
}

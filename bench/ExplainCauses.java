import dev.smtptutor.explain.Explainer;
import dev.smtptutor.explain.ExplanationText;
import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.mail.BounceReader;
import dev.smtptutor.mail.BounceReport;
import dev.smtptutor.mail.Checked;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.shell.BounceReportView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Explains N replies (default 10,000) and M bounces (default 1,000) the way `explain` and `explain --bounce`
 * do, cause included, and prints the time per item. The replies are the test set of one reply per cause and
 * provider code, each varied (another IP, another address) so that no two are the same; the bounces are the
 * per-MTA test bounces, each varied the same way. One warm-up pass first, so the JIT has compiled the paths.
 *   java -cp 'target/smtp-tutor.jar:target/lib/*' bench/ExplainCauses.java [REPLIES] [BOUNCES]
 */
public class ExplainCauses {

    public static void main(String[] args) throws Exception {
        int replies = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int bounces = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path root = Path.of(System.getProperty("bench.root", "."));
        List<String> replyTemplates = Files.readAllLines(root.resolve("src/test/resources/dev/smtptutor/explain/cause-replies.tsv"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[2]).toList();
        List<byte[]> bounceTemplates = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("src/test/resources/dev/smtptutor/mail/bounces/mta"))) {
            for (Path file : files.sorted().toList()) {
                bounceTemplates.add(Files.readAllBytes(file));
            }
        }
        Explainer explainer = Explainer.standard();
        BounceReportView view = new BounceReportView(explainer, ExplanationText.Detail.FULL);

        List<Reply> replySet = new ArrayList<>(replies);
        for (int i = 0; i < replies; i++) {
            replySet.add(reply(vary(replyTemplates.get(i % replyTemplates.size()), i)));
        }
        List<byte[]> bounceSet = new ArrayList<>(bounces);
        for (int i = 0; i < bounces; i++) {
            String text = new String(bounceTemplates.get(i % bounceTemplates.size()), StandardCharsets.ISO_8859_1);
            bounceSet.add(vary(text, i).getBytes(StandardCharsets.ISO_8859_1));
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int pass = 0; pass < 2; pass++) {   // pass 0 warms up the JIT, pass 1 is measured
            long[] replyNanos = new long[replies];
            int withCause = 0;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < replies; i++) {
                long t = System.nanoTime();
                var e = explainer.explain(replySet.get(i), ReplyContext.none());
                sink += ExplanationText.lines(e, ExplanationText.Detail.FULL).size();
                withCause += e.cause().isPresent() ? 1 : 0;
                replyNanos[i] = System.nanoTime() - t;
            }
            long repliesTotal = System.nanoTime() - start;
            long repliesCpu = threads.getCurrentThreadCpuTime() - cpuStart;

            long[] bounceNanos = new long[bounces];
            int recipients = 0;
            start = System.nanoTime();
            cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < bounces; i++) {
                long t = System.nanoTime();
                Checked<BounceReport> read = BounceReader.read(bounceSet.get(i));
                if (read instanceof Checked.Ok<BounceReport> ok) {
                    var failed = view.failed(ok.value());
                    recipients += failed.size();
                    sink += view.lines(ok.value()).size();
                }
                bounceNanos[i] = System.nanoTime() - t;
            }
            long bouncesTotal = System.nanoTime() - start;
            long bouncesCpu = threads.getCurrentThreadCpuTime() - cpuStart;
            if (pass == 1) {
                System.out.printf("replies   %6d in %7.1f ms wall: %s  (%d with a cause)%n", replies, repliesTotal / 1e6,
                        stats(replyNanos), withCause);
                System.out.printf("          CPU time %7.1f ms, %7.1f us per reply%n", repliesCpu / 1e6, repliesCpu / 1e3 / replies);
                System.out.printf("bounces   %6d in %7.1f ms wall: %s  (%d failed recipients)%n", bounces, bouncesTotal / 1e6,
                        stats(bounceNanos), recipients);
                System.out.printf("          CPU time %7.1f ms, %7.1f us per bounce%n", bouncesCpu / 1e6, bouncesCpu / 1e3 / bounces);
                System.out.printf("(wall-clock per item is the time a user waits; the CPU time per item is the steadier figure"
                        + " on a shared machine)%n");
            }
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Another IP and other addresses, so that every item differs from the one before. */
    static String vary(String text, int i) {
        return text.replace("198.51.100.4", "198.51." + (i / 250 % 250) + "." + (i % 250 + 1))
                .replace("192.0.2.1", "192.0." + (i / 250 % 250) + "." + (i % 250 + 1))
                .replaceAll("([a-z]+)@example\\.(net|com|org)", "$1" + i + "@example.$2");
    }

    static Reply reply(String wire) {
        ReplyParser parser = new ReplyParser();
        for (String line : wire.split(" \\\\n ")) {
            if (parser.accept(line.strip()) instanceof ReplyParser.Complete complete) {
                return complete.reply();
            }
        }
        throw new IllegalArgumentException(wire);
    }

    static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
        return String.format("per item mean %7.1f us  median %7.1f us  p99 %8.1f us  max %8.1f us", mean,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
    }
}

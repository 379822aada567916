import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A class of students for the screenshots: every roster student connects to a classroom server on
 * 127.0.0.1 and behaves as a real class does (some right, some making the usual mistakes), a third
 * of them stay connected. Prints "ready" when all have done their part, then holds the open
 * sessions until its standard input closes.
 *
 * <pre>
 * java bench/ClassroomStudents.java PORT roster.csv
 * </pre>
 */
public final class ClassroomStudents {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        List<String[]> roster = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 3);
            if (fields.length == 3) {
                roster.add(new String[] {fields[0], fields[2]});
            }
        }
        List<Student> open = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            String id = roster.get(i)[0];
            String password = roster.get(i)[1];
            Student s = new Student(port);
            switch (i % 6) {
                case 0, 1 -> { // the whole exercise, done right
                    s.send("EHLO laptop-" + id);
                    s.startTls();
                    s.send("EHLO laptop-" + id);
                    s.authPlain(id, password);
                    s.send("MAIL FROM:<" + id + "@example.test>");
                    s.send("RCPT TO:<bob@example.test>");
                    s.message("From: " + id + "@example.test", "To: bob@example.test", "Subject: Hello from " + id, "", "Hi Bob.");
                }
                case 2 -> { // AUTH without STARTTLS first
                    s.send("EHLO laptop-" + id);
                    s.authPlain(id, password);
                    s.send("MAIL FROM:<" + id + "@example.test>");
                    s.send("RCPT TO:<bob@example.test>");
                    s.message("Subject: no TLS", "", "Hi Bob.");
                }
                case 3 -> { // no Subject, and RCPT before MAIL first
                    s.send("EHLO " + id);
                    s.startTls();
                    s.send("EHLO " + id);
                    s.authPlain(id, password);
                    s.send("RCPT TO:<bob@example.test>");
                    s.send("MAIL FROM:<" + id + "@example.test>");
                    s.send("RCPT TO:<bob@example.test>");
                    s.message("From: " + id + "@example.test", "", "Hi Bob, no subject.");
                }
                case 4 -> { // a wrong password, then stuck
                    s.send("EHLO " + id);
                    s.startTls();
                    s.send("EHLO " + id);
                    s.authPlain(id, "wrong-password");
                    s.send("EHLO " + id);
                }
                default -> { // only said hello (identified by EHLO when the server allows it)
                    s.send("EHLO " + id);
                }
            }
            if (i % 3 == 0) {
                open.add(s);
            } else {
                s.send("QUIT");
                s.close();
            }
        }
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold the open sessions until the script closes our input
        }
        for (Student s : open) {
            s.close();
        }
    }

    private static final class Student {
        private final int port;
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;

        Student(int port) throws IOException {
            this.port = port;
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(20_000);
            streams();
            reply();
        }

        private void streams() throws IOException {
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        String send(String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return reply();
        }

        private String reply() throws IOException {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.length() < 4 || line.charAt(3) != '-') {
                    return line;
                }
            }
            throw new IOException("the server closed the connection");
        }

        void authPlain(String user, String password) throws IOException {
            send("AUTH PLAIN " + Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8)));
        }

        void message(String... lines) throws IOException {
            if (!send("DATA").startsWith("354")) {
                return;
            }
            for (String line : lines) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            send(".");
        }

        // The classroom server's certificate is made at its start-up; on loopback, for pictures, any is fine.
        void startTls() throws Exception {
            if (!send("STARTTLS").startsWith("220")) {
                return;
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String type) {}
                public void checkServerTrusted(X509Certificate[] chain, String type) {}
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }}, null);
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, "mail.example.test", port, true);
            tls.startHandshake();
            socket = tls;
            streams();
        }

        void close() throws IOException {
            socket.close();
        }
    }
}

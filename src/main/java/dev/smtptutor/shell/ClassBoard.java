package dev.smtptutor.shell;

import dev.smtptutor.classroom.ClassListener;
import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.StudentSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.NonBlockingReader;

/**
 * The teacher's live board in a terminal (JLine's {@link Display}): a row per student, redrawn at most
 * five times a second however busy the class is (the display sends only what changed), and the log
 * lines printed above it, never through it. Up/Down (or k/j) choose a student, Enter opens their live
 * transcript, Esc or q goes back.
 */
public final class ClassBoard implements ClassListener, AutoCloseable {

    private static final long FRAME_MILLIS = 200;

    private final Terminal terminal;
    private final ClassroomServer server;
    private final Display display;
    private final ConcurrentLinkedQueue<String> logLines = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final Attributes original;
    private volatile boolean running = true;
    private volatile int selected;
    private volatile boolean transcript;
    private final Thread painter;
    private final Thread keys;

    public ClassBoard(Terminal terminal, ClassroomServer server) {
        this.terminal = terminal;
        this.server = server;
        this.display = new Display(terminal, false);
        this.original = terminal.enterRawMode();
        terminal.handle(Terminal.Signal.WINCH, signal -> dirty.set(true));
        server.addListener(this);
        painter = new Thread(this::paintLoop, "classroom-board");
        painter.setDaemon(true);
        painter.start();
        keys = new Thread(this::keyLoop, "classroom-board-keys");
        keys.setDaemon(true);
        keys.start();
    }

    @Override
    public void studentChanged(StudentSnapshot student) {
        dirty.set(true);
    }

    @Override
    public void entryAdded(String student, long session, dev.smtptutor.classroom.Entry entry) {
        if (transcript) {
            dirty.set(true);
        }
    }

    @Override
    public void logged(String line) {
        logLines.add(line);
        dirty.set(true);
    }

    private void paintLoop() {
        while (running) {
            if (dirty.getAndSet(false)) {
                paint();
            }
            try {
                Thread.sleep(FRAME_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void paint() {
        Size size = terminal.getSize();
        int width = Math.max(20, size.getColumns());
        int height = Math.max(5, size.getRows() / 2);
        display.resize(size.getRows(), width);
        if (!logLines.isEmpty()) {
            display.update(List.of(), 0); // the board steps aside, the log lines go above it
            for (String line = logLines.poll(); line != null; line = logLines.poll()) {
                terminal.writer().println(line);
            }
            terminal.writer().flush();
            display.reset();
        }
        List<StudentSnapshot> students = server.snapshot();
        List<AttributedString> lines;
        if (transcript && !students.isEmpty()) {
            StudentSnapshot student = students.get(Math.min(selected, students.size() - 1));
            lines = BoardRows.transcript(student, server.transcript(student.id()), width, height);
        } else {
            lines = BoardRows.students(students, selected, width, height);
        }
        display.update(new ArrayList<>(lines), -1);
        terminal.flush();
    }

    private void keyLoop() {
        NonBlockingReader reader = terminal.reader();
        try {
            while (running) {
                int c = reader.read(500);
                if (c < 0 && c != NonBlockingReader.READ_EXPIRED) {
                    return;
                }
                int count = server.roster().size();
                if (c == 27) { // Esc, or the start of an arrow key
                    int next = reader.read(20);
                    if (next == '[' || next == 'O') {
                        int arrow = reader.read(20);
                        if (arrow == 'A') {
                            selected = Math.max(0, selected - 1);
                        } else if (arrow == 'B') {
                            selected = Math.min(count - 1, selected + 1);
                        }
                    } else {
                        transcript = false;
                    }
                } else if (c == 'k') {
                    selected = Math.max(0, selected - 1);
                } else if (c == 'j') {
                    selected = Math.min(count - 1, selected + 1);
                } else if (c == '\r' || c == '\n') {
                    transcript = true;
                } else if (c == 'q') {
                    transcript = false;
                } else if (c == 3) { // Ctrl-C in raw mode: stop as the signal would
                    Runtime.getRuntime().exit(130);
                }
                dirty.set(true);
            }
        } catch (IOException e) {
            // the terminal went away: the board stops, the server goes on
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        server.removeListener(this);
        display.update(List.of(), 0);
        for (String line = logLines.poll(); line != null; line = logLines.poll()) {
            terminal.writer().println(line);
        }
        terminal.setAttributes(original);
        terminal.flush();
    }
}

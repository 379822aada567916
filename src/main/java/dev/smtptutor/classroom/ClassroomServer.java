package dev.smtptutor.classroom;

import dev.smtptutor.sim.RelayPolicy;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioLoader;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import dev.smtptutor.sim.User;
import dev.smtptutor.sim.Users;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulator for a whole class: every student logs in as themself, their sessions and mail are
 * written under the data folder as they happen, and each message is judged against the exercises.
 * The API a board (terminal or web) uses: {@link #snapshot}, {@link #student}, {@link #transcript},
 * {@link #addListener}, {@link #grades}.
 */
public final class ClassroomServer implements AutoCloseable {

    /** Mailboxes every class has besides the students': the recipients the exercises name. */
    static final List<String> CLASS_MAILBOXES = List.of("alice", "bob", "carol");
    public static final String DOMAIN = SimConfig.DEFAULT_DOMAIN;

    private final Roster roster;
    private final ClassData data;
    private final ExerciseJudge judge;
    private final Map<String, StudentState> students;
    private final ClassroomSessions sessions;
    private final GroupCommit commit;
    private final SimServer server;

    private ClassroomServer(Builder builder) throws IOException, ClassroomException {
        this.roster = builder.roster;
        for (Student student : roster.students()) {
            if (CLASS_MAILBOXES.contains(student.id())) {
                throw new ClassroomException(List.of(Words.get("roster.reserved-id", "id", student.id(),
                        "reserved", String.join(", ", CLASS_MAILBOXES))));
            }
        }
        this.data = ClassData.create(builder.data);
        Files.writeString(data.rosterCopy(), RosterReader.write(roster), StandardCharsets.UTF_8);
        Private.restrict(data.rosterCopy());
        this.judge = new ExerciseJudge(builder.exercises);
        this.students = new LinkedHashMap<>();
        for (Student student : roster.students()) {
            students.put(student.id(), new StudentState(student, StudentHistory.read(data, student.id(), DOMAIN), judge));
        }
        this.commit = new GroupCommit();
        Scenario scenario = scenario();
        SimConfig config = scenario.config().toBuilder().sizeLimit(builder.limits.messageSize())
                .authRequiresTls(false) // a plaintext AUTH is a mistake the exercises grade, not one to forbid
                .relayPolicy(RelayPolicy.NEVER).build();
        this.sessions = new ClassroomSessions(data, roster, students, judge,
                new Maildir(data, commit, config.hostName()), builder.limits, builder.identifyByEhlo, DOMAIN,
                builder.clock);
        builder.listeners.forEach(sessions::addListener);
        this.server = SimServer.builder().scenario(scenario.withConfig(config)).users(users(roster))
                .clock(builder.clock).observer(sessions).hooks(sessions).deliverySink(sessions)
                .maxSessions(builder.limits.connections()).bind(builder.bind).port(builder.port).start();
        server.prepareTls();
    }

    private static Scenario scenario() throws IOException {
        try (InputStream in = ClassroomServer.class.getResourceAsStream("classroom.yaml")) {
            return ScenarioLoader.load("classroom.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Users users(Roster roster) {
        Users.Builder users = Users.builder();
        for (Student student : roster.students()) {
            users.add(new User(student.id(), student.password(), student.address(DOMAIN)));
        }
        // The class's own mailboxes: recipients only; their passwords are never handed out.
        String unusable = java.util.UUID.randomUUID().toString();
        for (String name : CLASS_MAILBOXES) {
            users.add(new User(name, unusable, name + "@" + DOMAIN));
        }
        return users.build();
    }

    public static Builder builder(Roster roster, java.nio.file.Path data) {
        return new Builder(roster, data);
    }

    public int port() {
        return server.port();
    }

    public InetAddress address() {
        return server.address();
    }

    public String hostName() {
        return server.config().hostName();
    }

    public Roster roster() {
        return roster;
    }

    public Exercises exercises() {
        return judge.exercises();
    }

    public ClassData data() {
        return data;
    }

    /** Every student's row, in roster order. */
    public List<StudentSnapshot> snapshot() {
        return students.values().stream().map(StudentState::snapshot).toList();
    }

    public Optional<StudentSnapshot> student(String id) {
        return roster.find(id).map(s -> students.get(s.id()).snapshot());
    }

    /** The student's open session's transcript so far (the latest one while connected); empty otherwise. */
    public List<Entry> transcript(String id) {
        return sessions.latestOf(id.toLowerCase(java.util.Locale.ROOT)).map(LiveSession::entries).orElse(List.of());
    }

    public void addListener(ClassListener listener) {
        sessions.addListener(listener);
    }

    public void removeListener(ClassListener listener) {
        sessions.removeListener(listener);
    }

    /** The grade report from what is on disk now; safe while the class is running. */
    public GradeReport grades() throws IOException {
        return Gradebook.compute(data, roster, judge.exercises());
    }

    /** A client SSL context that trusts exactly this server's certificate (tests, the bench). */
    public javax.net.ssl.SSLContext clientContext() {
        return server.clientContext();
    }

    /** A student's sessions and accepted messages as written under --data (for a student's own page). */
    public StudentHistory history(String id) throws IOException {
        return StudentHistory.read(data, id.toLowerCase(java.util.Locale.ROOT), DOMAIN);
    }

    public int openSessions() {
        return server.openSessions();
    }

    /** Tells open sessions 421, then stops; everything acknowledged is on disk already. */
    @Override
    public void close() {
        server.close();
        commit.close();
    }

    public static final class Builder {
        private final Roster roster;
        private final java.nio.file.Path data;
        private Exercises exercises;
        private Limits limits = Limits.defaults();
        private boolean identifyByEhlo;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private Clock clock = Clock.systemUTC();
        private final List<ClassListener> listeners = new java.util.ArrayList<>();

        private Builder(Roster roster, java.nio.file.Path data) {
            this.roster = roster;
            this.data = data;
        }

        public Builder exercises(Exercises value) {
            exercises = value;
            return this;
        }

        public Builder limits(Limits value) {
            limits = value;
            return this;
        }

        /** Also accept {@code EHLO ID} as who a student is (telnet without base64, a first lesson). */
        public Builder identifyByEhlo(boolean value) {
            identifyByEhlo = value;
            return this;
        }

        public Builder bind(InetAddress value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        /** The clock of transcripts, limits and greylisting (tests move it by hand). */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** A listener from the start, so it sees the first session too. */
        public Builder listener(ClassListener value) {
            listeners.add(value);
            return this;
        }

        public ClassroomServer start() throws IOException, ClassroomException {
            if (exercises == null) {
                exercises = Exercises.builtIn();
            }
            return new ClassroomServer(this);
        }
    }
}

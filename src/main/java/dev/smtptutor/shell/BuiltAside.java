package dev.smtptutor.shell;

import java.io.IOException;

/**
 * Something a start needs, built on a thread of its own while the start goes on (the learner's terminal,
 * the line reader), and taken by the thread that needs it. Handed over through a plain monitor, not a
 * FutureTask or a CompletableFuture: their first use looks up VarHandles and links lambdas, milliseconds
 * of the shell's start.
 */
public abstract class BuiltAside<T> extends Thread {

    private T built;
    private Throwable failure;
    private boolean done;

    protected BuiltAside(String name) {
        super(name);
        setDaemon(true);
    }

    /** Builds the thing, on this thread. */
    protected abstract T build() throws IOException;

    @Override
    public final void run() {
        T result = null;
        Throwable problem = null;
        try {
            result = build();
        } catch (IOException | RuntimeException | Error e) {
            problem = e;
        }
        synchronized (this) {
            built = result;
            failure = problem;
            done = true;
            notifyAll();
        }
    }

    /**
     * What was built, waiting for it; its failure is thrown here. Ctrl-C while waiting does not stop the
     * wait: the thing is still needed (the interrupt is kept for the caller).
     */
    public final synchronized T take() throws IOException {
        boolean interrupted = false;
        try {
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return built;
    }
}

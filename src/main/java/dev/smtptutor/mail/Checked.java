package dev.smtptutor.mail;

import java.util.function.Function;

/**
 * The outcome of reading something a person typed or a file they named: the value, or a sentence
 * that says what is wrong with it. Nothing here throws at a learner.
 */
public sealed interface Checked<T> permits Checked.Ok, Checked.Bad {

    record Ok<T>(T value) implements Checked<T> {}

    /** @param problem a complete sentence naming what is wrong, ready to show */
    record Bad<T>(String problem) implements Checked<T> {}

    static <T> Checked<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Checked<T> bad(String problem) {
        return new Bad<>(problem);
    }

    /** The next check, run only when this one passed; a problem is passed on as it is. */
    default <R> Checked<R> flatMap(Function<? super T, Checked<R>> next) {
        if (this instanceof Ok<T> ok) {
            return next.apply(ok.value());
        }
        return new Bad<>(((Bad<T>) this).problem());
    }

    default <R> Checked<R> map(Function<? super T, ? extends R> convert) {
        return flatMap(value -> ok(convert.apply(value)));
    }
}

package dev.smtptutor.lesson;

import dev.smtptutor.files.FileProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lessons in other languages: {@code 01-hello.es.yaml} beside {@code 01-hello.yaml}, a whole lesson file
 * with the same steps, ids, checks and solutions, in other words. A translation is used only while its
 * structure matches the English lesson's; where it drifted, the English lesson is shown and
 * {@code lessons validate} says what differs.
 */
final class LessonTranslations {

    private LessonTranslations() {}

    /**
     * Everything in which the translation differs from the English lesson other than words: the
     * scenario, the steps and their order and ids, what each step expects, its solution, par, mistakes'
     * lines and requirements. Empty when only words differ.
     */
    static List<FileProblem> drift(Lesson english, Lesson translated) {
        String file = translated.file();
        List<FileProblem> problems = new ArrayList<>();
        if (!english.scenario().equals(translated.scenario())) {
            problems.add(problem(file, 1, "translation.scenario", Map.of("found", translated.scenario(),
                    "expected", english.scenario(), "english", english.file())));
        }
        Map<String, Step> theirs = new HashMap<>();
        translated.steps().forEach(s -> theirs.put(s.id(), s));
        Map<String, Step> ours = new HashMap<>();
        english.steps().forEach(s -> ours.put(s.id(), s));
        for (Step step : english.steps()) {
            if (!theirs.containsKey(step.id())) {
                problems.add(problem(file, 1, "translation.missing-step", Map.of("id", step.id(), "english", english.file())));
            }
        }
        for (Step step : translated.steps()) {
            Step original = ours.get(step.id());
            if (original == null) {
                problems.add(problem(file, step.line(), "translation.extra-step", Map.of("id", step.id(), "english", english.file())));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(original.expect(), step.expect())) {
                fields.add("expect");
            }
            if (!original.solution().equals(step.solution())) {
                fields.add("solution");
            }
            if (original.par() != step.par()) {
                fields.add("par");
            }
            if (!original.mistakes().stream().map(Mistake::line).toList()
                    .equals(step.mistakes().stream().map(Mistake::line).toList())) {
                fields.add("mistakes");
            }
            if (!fields.isEmpty()) {
                problems.add(problem(file, step.line(), "translation.drifted", Map.of("id", step.id(),
                        "fields", String.join(", ", fields), "english", english.file())));
            }
        }
        if (problems.isEmpty() && !english.steps().stream().map(Step::id).toList()
                .equals(translated.steps().stream().map(Step::id).toList())) {
            problems.add(problem(file, 1, "translation.order", Map.of("english", english.file())));
        }
        return problems;
    }

    /** The English lesson (id, file, checks, solutions) in the translation's words. */
    static Lesson merge(Lesson english, Lesson translated) {
        Map<String, Step> theirs = new HashMap<>();
        translated.steps().forEach(s -> theirs.put(s.id(), s));
        List<Step> steps = english.steps().stream().map(step -> {
            Step words = theirs.get(step.id());
            List<Mistake> mistakes = new ArrayList<>();
            for (int i = 0; i < step.mistakes().size(); i++) {
                mistakes.add(new Mistake(step.mistakes().get(i).line(), words.mistakes().get(i).why()));
            }
            // The host part's check and lines are the English ones; only its note is words.
            java.util.Optional<Step.HostPart> onHost = step.onHost().map(h -> new Step.HostPart(h.expect(),
                    words.onHost().map(Step.HostPart::note).orElse(h.note()), h.solution()));
            return new Step(step.id(), step.line(), words.title(), words.text(), step.expect(), words.hints(),
                    words.explain(), step.solution(), step.par(), mistakes, step.simulatorOnly(), onHost);
        }).toList();
        return new Lesson(english.id(), english.number(), english.file(), translated.title(), translated.goal(),
                english.scenario(), translated.intro(), steps, english.runsOn());
    }

    private static FileProblem problem(String file, int line, String key, Map<String, ?> values) {
        return new FileProblem(file, line, LessonTexts.get(key, values));
    }
}

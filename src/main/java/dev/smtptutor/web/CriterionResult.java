package dev.smtptutor.web;

import java.util.List;

/**
 * One criterion for one student, with its evidence: the exchange lines that met it, or the first
 * one that broke it.
 */
public record CriterionResult(String id, String label, Mark mark, List<Evidence> evidence) {

    public CriterionResult {
        evidence = List.copyOf(evidence);
    }
}

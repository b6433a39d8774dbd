package org.veil.evaluate.experiment;

import java.time.Instant;
import java.util.List;

/**
 * Everything an experiment measured, before it becomes a report.
 *
 * @param options    what was run
 * @param split      the members, non-members and population drawn
 * @param testRows   rows of the test split accuracy was measured on
 * @param targets    one result per target, in plan order
 * @param planNotes  how PATE's query counts were chosen and which targets were skipped (empty without PATE)
 * @param startedAt  when it started
 * @param finishedAt when it finished
 */
public record ExperimentResult(ExperimentOptions options, ExperimentSplit split, int testRows,
        List<TargetResult> targets, List<String> planNotes, Instant startedAt, Instant finishedAt) {

    public ExperimentResult {
        targets = List.copyOf(targets);
        planNotes = List.copyOf(planNotes);
    }
}

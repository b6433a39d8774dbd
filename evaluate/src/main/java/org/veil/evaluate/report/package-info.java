/**
 * The report of {@code veil experiment}: the model ({@link org.veil.evaluate.report.ExperimentReport},
 * {@link org.veil.evaluate.report.ReportRow}, {@link org.veil.evaluate.report.AttackSummary},
 * {@link org.veil.evaluate.report.ExperimentSetup}), {@code report.json}
 * ({@link org.veil.evaluate.report.ReportJson}) and the self-contained {@code report.html}
 * ({@link org.veil.evaluate.report.ReportHtml}). docs/report.md states the contract.
 */
package org.veil.evaluate.report;

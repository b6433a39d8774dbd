package org.veil.core.privacy.analysis.pld;

/**
 * One mechanism of a ledger in one direction: its pessimistic and optimistic single-run PMFs (on the same grid)
 * and how many times it ran. Immutable value (the PMFs are not copied; see {@link LossPmf}).
 *
 * @param pessimistic the connect-the-dots PMF ({@link ConnectTheDots})
 * @param optimistic  the output-quantisation PMF ({@link OutputQuantisation})
 * @param count       number of runs, &gt;= 1
 */
record Term(LossPmf pessimistic, LossPmf optimistic, long count) {
}

/**
 * Learned fair representations (Zemel et al. 2013) and fairness metrics. Built by its own issue.
 */
package org.veil.lfr;

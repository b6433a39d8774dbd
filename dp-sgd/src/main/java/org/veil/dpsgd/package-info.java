/**
 * Differentially private SGD on DL4J (Abadi et al. 2016): Poisson sampling, per-example clipping, Gaussian noise, accounting through the core ledger. Built by its own issue.
 */
package org.veil.dpsgd;

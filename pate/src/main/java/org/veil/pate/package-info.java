/**
 * PATE (Papernot et al. 2017, 2018): teacher ensembles, noisy vote aggregation and the data-dependent privacy analysis. Built by its own issue.
 */
package org.veil.pate;

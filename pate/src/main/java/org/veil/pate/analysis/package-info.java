/**
 * The privacy analysis of PATE (Papernot et al. 2018, "Scalable private learning with PATE"; 2017 for
 * LNMax): per-answer RDP bounds ({@link org.veil.pate.analysis.GnMaxRdp},
 * {@link org.veil.pate.analysis.ThresholdRdp}, {@link org.veil.pate.analysis.LnMaxRdp}), the whole-run
 * analysis ({@link org.veil.pate.analysis.PateAnalysis}) and the smooth-sensitivity release of a
 * data-dependent epsilon ({@link org.veil.pate.analysis.EpsilonRelease}). See {@code docs/pate-analysis.md}.
 */
package org.veil.pate.analysis;

/**
 * Aggregation rules for a federated round: FedAvg's weighted mean and the Byzantine-robust
 * coordinate-wise median, trimmed mean (Yin et al. 2018) and (multi-)Krum (Blanchard et al. 2017).
 */
package org.veil.federated.aggregate;

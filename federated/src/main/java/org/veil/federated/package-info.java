/**
 * FedAvg / DP-FedAvg across processes with secure and robust aggregation. Built by its own issue.
 */
package org.veil.federated;

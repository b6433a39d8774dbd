/**
 * Secure aggregation: the server learns only the sum of the clients' vectors.
 *
 * <p>Implements the honest-but-curious ("semi-honest") protocol of Bonawitz et al. 2017, "Practical
 * Secure Aggregation for Privacy-Preserving Machine Learning", CCS, §4 and Fig. 4 (rounds 0–4 without
 * the signatures and consistency check of the active-adversary variant), over the sparse random
 * communication graph of SecAgg+ (Bell et al. 2020, "Secure Single-Server Aggregation with
 * (Poly)Logarithmic Overhead", CCS, §3–4). Transport-free: every message is a {@code byte[]} with strict
 * parsing, to be carried by {@code federated.protocol} as an opaque payload.
 *
 * <p>Primitives, all from the JDK: X25519 key agreement (RFC 7748), HKDF-SHA256 (RFC 5869), AES-256-CTR
 * as the mask PRG, AES-256-GCM between clients, Shamir secret sharing over GF(2^521 − 1) (Shamir 1979).
 * Design notes and measurements: {@code docs/federated-secagg.md}.
 */
package org.veil.federated.secagg;

/**
 * Unconstrained L-BFGS minimisation (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., ch. 7) with a
 * strong-Wolfe line search (ibid. sect. 3.5), written for the LFR objective (Zemel et al. 2013). Bounded
 * parameters are the caller's business (reparameterise through a sigmoid or softplus).
 */
package org.veil.lfr.optim;

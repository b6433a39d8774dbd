/**
 * Membership-inference attacks, empirical epsilon lower bounds and reports. Built by its own issue.
 */
package org.veil.evaluate;

/**
 * Program risks, host-free: the 1–5 scales and the ROAM states the risk fields hold, a risk as the program sees it
 * (inherent and residual score), the register's filters, sort and pages, the 5×5 heat map, open exposure and its
 * weekly snapshots, and the risks the program's own data suggests, with their dismissals.
 */
package io.programoffice.core.risk;

/** The audit trail: who changed which program or scheme, when, and each field's value before and after. */
package io.programoffice.core.audit;

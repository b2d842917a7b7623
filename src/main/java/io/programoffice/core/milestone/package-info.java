/**
 * Program milestones: what they are ({@link io.programoffice.core.milestone.Milestone}, its
 * {@link io.programoffice.core.milestone.MilestoneScope}), where they are kept
 * ({@link io.programoffice.core.milestone.MilestoneStore}) and the rules for changing them
 * ({@link io.programoffice.core.milestone.Milestones}). Host-free.
 */
package io.programoffice.core.milestone;

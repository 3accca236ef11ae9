/**
 * Training: the ASST administrator records the professionals' courses and chooses whether a missing
 * one warns or blocks ({@link StaffTrainings}); the services ask {@link TrainingCheck} before a
 * professional delivers one, and {@link HomeTraining} before tele-monitoring starts.
 */
package it.lombardia.irt.application.training;

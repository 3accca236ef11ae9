/** The care plans' repository in memory, for the rules that look plans up. */
package it.lombardia.irt.testing.plans;

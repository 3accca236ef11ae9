/** Care plans (PAI, PRI): drafting, checking against the protocol, approval and history. */
package it.lombardia.irt.application.plan;

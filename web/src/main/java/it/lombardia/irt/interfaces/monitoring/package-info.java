/** Pages of tele-monitoring: the alarm inbox and a patient's monitoring (charts, adherence). */
package it.lombardia.irt.interfaces.monitoring;

/** Reports people print or receive as PDF: a title, facts and tables, in the reader's language. */
package it.lombardia.irt.application.report;

/** PDF rendering of tabular reports (e.g. a home-care record timeline) with an embedded font. */
package it.lombardia.irt.infrastructure.pdf;

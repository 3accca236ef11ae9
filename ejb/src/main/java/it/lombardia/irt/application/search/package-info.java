/**
 * What the services a search calls share: the page asked for (a window in a deterministic order),
 * the page answered with its total, and conditions on a time — so that every page is one query,
 * computed again from the request on whichever node serves it.
 */
package it.lombardia.irt.application.search;

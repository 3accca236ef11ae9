/**
 * The REST API ({@code /api}): JSON resources over the application services, and their error
 * answers.
 */
package it.lombardia.irt.interfaces.rest;

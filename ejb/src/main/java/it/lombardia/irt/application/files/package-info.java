/**
 * Files people upload (ticket attachments; later patients' photos): what a file really is, judged
 * from its bytes, and whether a use case accepts it — one check, so every upload refuses the same
 * way.
 */
package it.lombardia.irt.application.files;

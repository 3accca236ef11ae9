package it.lombardia.irt.spi.content;

/**
 * A guideline or consensus document that a value comes from, cited so that clinicians can check it.
 *
 * @param id short key the content refers to, e.g. {@code esc-hf-2021}
 * @param citation the full citation (authors, title, journal or body, year)
 */
public record Source(String id, String citation) {}

package it.lombardia.irt.domain.model.encounter;

/** An encounter ended by its lead: its outcome documents, if it needs them, are signed. */
public record EncounterCompleted(long encounterId) {}

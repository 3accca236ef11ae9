package it.lombardia.irt.domain.model.training;

/** What an ASST does when a professional delivering a service lacks a valid training for it. */
public enum Enforcement {
  /** The service goes ahead; the professional is told, and the warning is logged. */
  WARN,
  /** The service is refused until the training is recorded. */
  BLOCK
}

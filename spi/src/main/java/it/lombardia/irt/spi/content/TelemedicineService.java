package it.lombardia.irt.spi.content;

/** The telemedicine services of seed 003 §2.2 and seed 000 §3.1. */
public enum TelemedicineService {
  TELEVISIT,
  TELECONSULT,
  HEALTH_TELECONSULTANCY,
  TELEASSISTANCE,
  TELEMONITORING_LEVEL_1,
  TELEMONITORING_LEVEL_2,
  TELECONTROL,
  TELEREHABILITATION
}

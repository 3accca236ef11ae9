package it.lombardia.irt.testing;

import it.lombardia.irt.application.Actor;
import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.apiclient.ApiClient;
import it.lombardia.irt.domain.model.consent.Consent;
import it.lombardia.irt.domain.model.consent.ConsentText;
import it.lombardia.irt.domain.model.device.Device;
import it.lombardia.irt.domain.model.device.DeviceAssociation;
import it.lombardia.irt.domain.model.device.DeviceStep;
import it.lombardia.irt.domain.model.encounter.Attendance;
import it.lombardia.irt.domain.model.encounter.Encounter;
import it.lombardia.irt.domain.model.encounter.EncounterMessage;
import it.lombardia.irt.domain.model.encounter.EncounterParticipant;
import it.lombardia.irt.domain.model.encounter.PatientLink;
import it.lombardia.irt.domain.model.encounter.SatisfactionSurvey;
import it.lombardia.irt.domain.model.enrolment.Enrolment;
import it.lombardia.irt.domain.model.enrolment.SuitabilityAssessment;
import it.lombardia.irt.domain.model.enrolment.Uvm;
import it.lombardia.irt.domain.model.governance.ServiceEnablement;
import it.lombardia.irt.domain.model.helpdesk.SlaAlert;
import it.lombardia.irt.domain.model.helpdesk.Ticket;
import it.lombardia.irt.domain.model.helpdesk.Workstation;
import it.lombardia.irt.domain.model.monitoring.Alarm;
import it.lombardia.irt.domain.model.monitoring.AlarmPause;
import it.lombardia.irt.domain.model.monitoring.Measurement;
import it.lombardia.irt.domain.model.network.NetworkEnablement;
import it.lombardia.irt.domain.model.network.NetworkRelease;
import it.lombardia.irt.domain.model.notification.Notification;
import it.lombardia.irt.domain.model.outcome.FseSubmission;
import it.lombardia.irt.domain.model.outcome.OutcomeDocument;
import it.lombardia.irt.domain.model.patient.Caregiver;
import it.lombardia.irt.domain.model.patient.EmergencyAccess;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.patient.PatientAccess;
import it.lombardia.irt.domain.model.plan.CarePlan;
import it.lombardia.irt.domain.model.plan.CareTeamMember;
import it.lombardia.irt.domain.model.record.PatientDocument;
import it.lombardia.irt.domain.model.record.RecordEntry;
import it.lombardia.irt.domain.model.record.TimeSpent;
import it.lombardia.irt.domain.model.supplier.HandOff;
import it.lombardia.irt.domain.model.tenant.Ats;
import it.lombardia.irt.domain.model.tenant.Tenant;
import it.lombardia.irt.domain.model.training.PatientTraining;
import it.lombardia.irt.domain.model.training.StaffTraining;
import it.lombardia.irt.domain.model.training.TrainingPolicy;
import it.lombardia.irt.domain.model.user.PasswordResetToken;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.domain.model.user.UserAccount;
import it.lombardia.irt.infrastructure.audit.AuditRevision;
import it.lombardia.irt.infrastructure.tenancy.CallContext;
import it.lombardia.irt.infrastructure.tenancy.CallerTenantResolver;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * A real Hibernate (with Envers) on an in-memory H2 database migrated by the application's own
 * Flyway scripts, with the application's tenant resolver, and Hibernate checking that the mapping
 * matches the migrated schema. No container: for the tenancy and audit rules that live in the
 * persistence layer.
 */
public final class PersistenceFixture implements AutoCloseable {

  public static final String TENANT_A = "ASST-TEST-A";
  public static final String TENANT_B = "ASST-TEST-B";

  private final SessionFactory sessionFactory;

  /** A new in-memory H2 database (user {@code sa}, no password) migrated by the Flyway scripts. */
  public static String migratedH2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return url;
  }

  public PersistenceFixture() {
    String url = migratedH2();
    Configuration cfg = new Configuration();
    for (Class<?> entity :
        new Class<?>[] {
          Tenant.class,
          Measurement.class,
          Alarm.class,
          AlarmPause.class,
          UserAccount.class,
          ApiClient.class,
          AuditRevision.class,
          NetworkRelease.class,
          NetworkEnablement.class,
          Patient.class,
          PatientAccess.class,
          EmergencyAccess.class,
          Caregiver.class,
          Enrolment.class,
          SuitabilityAssessment.class,
          Uvm.class,
          ConsentText.class,
          Consent.class,
          CarePlan.class,
          CareTeamMember.class,
          RecordEntry.class,
          PatientDocument.class,
          TimeSpent.class,
          Agenda.class,
          InPersonDiagnosis.class,
          Encounter.class,
          EncounterParticipant.class,
          EncounterMessage.class,
          Attendance.class,
          PatientLink.class,
          SatisfactionSurvey.class,
          OutcomeDocument.class,
          FseSubmission.class,
          Notification.class,
          HandOff.class,
          Device.class,
          DeviceStep.class,
          DeviceAssociation.class,
          Slot.class,
          PasswordResetToken.class,
          Workstation.class,
          Ticket.class,
          SlaAlert.class,
          ServiceEnablement.class,
          StaffTraining.class,
          TrainingPolicy.class,
          PatientTraining.class
        }) {
      cfg.addAnnotatedClass(entity);
    }
    cfg.setProperty("hibernate.connection.url", url);
    cfg.setProperty("hibernate.connection.username", "sa");
    cfg.setProperty("hibernate.connection.password", "");
    cfg.setProperty("hibernate.hbm2ddl.auto", "validate");
    cfg.setProperty("jakarta.persistence.validation.mode", "none");
    cfg.setProperty("hibernate.jdbc.time_zone", "UTC");
    cfg.setProperty("org.hibernate.envers.store_data_at_delete", "true");
    cfg.setProperty("hibernate.tenant_identifier_resolver", CallerTenantResolver.class.getName());
    sessionFactory = cfg.buildSessionFactory();
    inRegion(
        s -> {
          s.persist(new Tenant(TENANT_A, "ASST di prova A", Ats.PAVIA, Instant.now()));
          s.persist(new Tenant(TENANT_B, "ASST di prova B", Ats.MONTAGNA, Instant.now()));
          return null;
        });
  }

  public static Actor admin(String tenant) {
    return new Actor(
        tenant.toLowerCase() + ".admin",
        "Admin " + tenant,
        tenant,
        tenant,
        Set.of(Role.TENANT_ADMIN),
        null,
        "192.0.2.10");
  }

  /** Runs {@code work} in one transaction as {@code actor}. */
  public <T> T as(Actor actor, Function<Session, T> work) {
    return CallContext.as(actor, () -> inTransaction(work));
  }

  /** Runs {@code work} in one transaction with the tenant filter off, as the platform. */
  public <T> T inRegion(Function<Session, T> work) {
    return CallContext.asRegion(Actor.system(), () -> inTransaction(work));
  }

  public Long createUser(Actor actor, String username) {
    return as(
        actor,
        s -> {
          UserAccount user =
              new UserAccount(
                  username, "Utente " + username, "pbkdf2-sha256$1$AA$AA", Instant.now());
          user.replaceRoles(EnumSet.of(Role.NURSE));
          s.persist(user);
          return user.getId();
        });
  }

  public SessionFactory sessionFactory() {
    return sessionFactory;
  }

  private <T> T inTransaction(Function<Session, T> work) {
    try (Session session = sessionFactory.openSession()) {
      var tx = session.beginTransaction();
      try {
        T result = work.apply(session);
        tx.commit();
        return result;
      } catch (RuntimeException e) {
        if (tx.isActive()) {
          tx.rollback();
        }
        throw e;
      }
    }
  }

  @Override
  public void close() {
    sessionFactory.close();
  }
}

package it.lombardia.irt.domain.model.plan;

import static it.lombardia.irt.domain.model.shared.RuleViolation.require;

import it.lombardia.irt.domain.model.shared.JsonListConverter;
import it.lombardia.irt.domain.model.shared.ServiceSetConverter;
import it.lombardia.irt.domain.model.shared.TenantOwnedEntity;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One version of a patient's individual care plan (PAI) or rehabilitation plan (PRI, seed 003
 * §2.2.7). A version is written as a draft, then approved by a physician; approving it supersedes
 * the previous one. An approved version is never edited: a change is a new version.
 */
@Entity
@Table(name = "care_plan")
@Audited
public class CarePlan extends TenantOwnedEntity {

  public enum Kind {
    PAI,
    PRI
  }

  public enum Status {
    DRAFT,
    APPROVED,
    SUPERSEDED,
    /** A PRI whose rehabilitation cycle the final report closed: no session follows it. */
    CONCLUDED
  }

  /** A team member as the plan editor gives it. */
  public record Member(String username, String teamRole) {}

  /**
   * What a draft says; the PRI's session fields are ignored for a PAI, whose start and end state
   * the period of a tele-control (requested for a defined time, seed 003 §2.2.6).
   */
  public record Content(
      String objectives,
      String timings,
      Set<TelemedicineService> services,
      LocalDate reviewDate,
      List<Member> team,
      List<PersonalisedThreshold> thresholds,
      List<AlarmStep> alarmProtocol,
      Integer sessionsPlanned,
      Integer sessionsPerWeek,
      LocalDate cycleStart,
      LocalDate cycleEnd) {}

  /** Stores the personalised thresholds as one JSON column. */
  public static class ThresholdsConverter extends JsonListConverter<PersonalisedThreshold> {
    public ThresholdsConverter() {
      super(PersonalisedThreshold.class);
    }
  }

  /** Stores the alarm protocol as one JSON column. */
  public static class AlarmProtocolConverter extends JsonListConverter<AlarmStep> {
    public AlarmProtocolConverter() {
      super(AlarmStep.class);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private Long enrolmentId;

  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Kind kind;

  /** 1 for the first version, then 2, 3… */
  @Column(name = "plan_number", nullable = false, updatable = false)
  private int planNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.DRAFT;

  /** The plug-in version whose protocol this plan follows. */
  @Column(name = "network_version", nullable = false, updatable = false, length = 30)
  private String networkVersion;

  @Column(length = 4000)
  private String objectives;

  @Column(length = 2000)
  private String timings;

  @Convert(converter = ServiceSetConverter.class)
  @Column(nullable = false, length = 400)
  private Set<TelemedicineService> services = EnumSet.noneOf(TelemedicineService.class);

  @Column(name = "review_date")
  private LocalDate reviewDate;

  @Convert(converter = ThresholdsConverter.class)
  @Column(name = "thresholds_json", nullable = false, length = 20000)
  private List<PersonalisedThreshold> thresholds = new ArrayList<>();

  @Convert(converter = AlarmProtocolConverter.class)
  @Column(name = "alarm_protocol_json", nullable = false, length = 20000)
  private List<AlarmStep> alarmProtocol = new ArrayList<>();

  @Column(name = "sessions_planned")
  private Integer sessionsPlanned;

  @Column(name = "sessions_per_week")
  private Integer sessionsPerWeek;

  @Column(name = "cycle_start")
  private LocalDate cycleStart;

  @Column(name = "cycle_end")
  private LocalDate cycleEnd;

  @OneToMany(
      mappedBy = "plan",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<CareTeamMember> team = new ArrayList<>();

  @Column(name = "authored_by", nullable = false, length = 80)
  private String authoredBy;

  @Column(name = "approved_by", length = 80)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version @NotAudited private long version;

  protected CarePlan() {}

  public CarePlan(
      Long enrolmentId,
      Long patientId,
      Kind kind,
      int planNumber,
      String networkVersion,
      String authoredBy) {
    this.enrolmentId = enrolmentId;
    this.patientId = patientId;
    this.kind = kind;
    this.planNumber = planNumber;
    this.networkVersion = networkVersion;
    this.authoredBy = authoredBy;
  }

  /** A new draft version that starts from this one. */
  public CarePlan revise(String author) {
    CarePlan next =
        new CarePlan(enrolmentId, patientId, kind, planNumber + 1, networkVersion, author);
    next.write(content(), author);
    return next;
  }

  /** Replaces a draft's content (validated against the protocol by the caller). */
  public void write(Content c, String author) {
    require(
        status == Status.DRAFT,
        "error.plan.notDraft",
        "an approved plan is never edited: start a new version");
    this.objectives = c.objectives();
    this.timings = c.timings();
    this.services =
        c.services() == null || c.services().isEmpty()
            ? EnumSet.noneOf(TelemedicineService.class)
            : EnumSet.copyOf(c.services());
    this.reviewDate = c.reviewDate();
    this.thresholds = new ArrayList<>(c.thresholds() == null ? List.of() : c.thresholds());
    this.alarmProtocol = new ArrayList<>(c.alarmProtocol() == null ? List.of() : c.alarmProtocol());
    boolean pri = kind == Kind.PRI;
    boolean period = pri || services.contains(TelemedicineService.TELECONTROL);
    this.sessionsPlanned = pri ? c.sessionsPlanned() : null;
    this.sessionsPerWeek = pri ? c.sessionsPerWeek() : null;
    this.cycleStart = period ? c.cycleStart() : null;
    this.cycleEnd = period ? c.cycleEnd() : null;
    this.team.clear();
    if (c.team() != null) {
      c.team().forEach(m -> team.add(new CareTeamMember(this, m.username(), m.teamRole())));
    }
    this.authoredBy = author;
  }

  public Content content() {
    return new Content(
        objectives,
        timings,
        getServices(),
        reviewDate,
        team.stream().map(m -> new Member(m.getUsername(), m.getTeamRole())).toList(),
        List.copyOf(thresholds),
        List.copyOf(alarmProtocol),
        sessionsPlanned,
        sessionsPerWeek,
        cycleStart,
        cycleEnd);
  }

  /** Approves a draft; the caller supersedes the version it replaces. */
  public void approve(String approver, Instant at) {
    require(status == Status.DRAFT, "error.plan.notDraft", "only a draft can be approved");
    require(!team.isEmpty(), "error.plan.team", "name the care team");
    require(
        reviewDate != null && reviewDate.isAfter(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
        "error.plan.reviewDate",
        "set a review date in the future");
    require(!services.isEmpty(), "error.plan.services", "enable at least one service");
    if (kind == Kind.PRI) {
      require(
          sessionsPlanned != null
              && sessionsPlanned > 0
              && sessionsPerWeek != null
              && sessionsPerWeek > 0
              && cycleStart != null
              && cycleEnd != null
              && !cycleEnd.isBefore(cycleStart),
          "error.plan.priCycle",
          "a PRI states its session cycle: sessions, sessions per week, start and end");
    }
    if (isTeleControl()) {
      require(
          cycleStart != null && cycleEnd != null && !cycleEnd.isBefore(cycleStart),
          "error.plan.teleControlPeriod",
          "a tele-control is requested for a defined period: state its start and end");
    }
    this.status = Status.APPROVED;
    this.approvedBy = approver;
    this.approvedAt = at;
  }

  /** A PAI with a tele-control, which runs from {@code cycleStart} to {@code cycleEnd}. */
  public boolean isTeleControl() {
    return kind == Kind.PAI && services.contains(TelemedicineService.TELECONTROL);
  }

  /** Whether {@code day} falls within the tele-control's period. */
  public boolean teleControlCovers(LocalDate day) {
    return isTeleControl()
        && cycleStart != null
        && cycleEnd != null
        && !day.isBefore(cycleStart)
        && !day.isAfter(cycleEnd);
  }

  public void supersede() {
    this.status = Status.SUPERSEDED;
  }

  /** Closes an approved PRI's cycle (its final report is signed). */
  public void conclude() {
    require(
        kind == Kind.PRI && status == Status.APPROVED,
        "error.plan.notApprovedPri",
        "only an approved PRI's cycle can be concluded");
    this.status = Status.CONCLUDED;
  }

  public boolean hasMember(String username) {
    return team.stream().anyMatch(m -> m.getUsername().equals(username));
  }

  public Long getId() {
    return id;
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Kind getKind() {
    return kind;
  }

  public int getPlanNumber() {
    return planNumber;
  }

  public Status getStatus() {
    return status;
  }

  public String getNetworkVersion() {
    return networkVersion;
  }

  public String getObjectives() {
    return objectives;
  }

  public String getTimings() {
    return timings;
  }

  public Set<TelemedicineService> getServices() {
    return services.isEmpty()
        ? EnumSet.noneOf(TelemedicineService.class)
        : EnumSet.copyOf(services);
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public List<PersonalisedThreshold> getThresholds() {
    return List.copyOf(thresholds);
  }

  public List<AlarmStep> getAlarmProtocol() {
    return List.copyOf(alarmProtocol);
  }

  public Integer getSessionsPlanned() {
    return sessionsPlanned;
  }

  public Integer getSessionsPerWeek() {
    return sessionsPerWeek;
  }

  public LocalDate getCycleStart() {
    return cycleStart;
  }

  public LocalDate getCycleEnd() {
    return cycleEnd;
  }

  public List<CareTeamMember> getTeam() {
    return List.copyOf(team);
  }

  public String getAuthoredBy() {
    return authoredBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }
}

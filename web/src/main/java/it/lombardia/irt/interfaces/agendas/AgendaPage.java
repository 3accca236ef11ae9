package it.lombardia.irt.interfaces.agendas;

import it.lombardia.irt.application.CurrentUser;
import it.lombardia.irt.application.agenda.Agendas;
import it.lombardia.irt.application.agenda.SlotView;
import it.lombardia.irt.application.encounter.EncounterForm;
import it.lombardia.irt.application.encounter.Encounters;
import it.lombardia.irt.application.patient.PatientRegistry;
import it.lombardia.irt.domain.model.agenda.Agenda;
import it.lombardia.irt.domain.model.agenda.Slot;
import it.lombardia.irt.domain.model.patient.InPersonDiagnosis;
import it.lombardia.irt.domain.model.patient.Patient;
import it.lombardia.irt.domain.model.user.Role;
import it.lombardia.irt.interfaces.encounters.EncounterFields;
import it.lombardia.irt.interfaces.shell.FacesMessages;
import it.lombardia.irt.interfaces.shell.PageActions;
import it.lombardia.irt.interfaces.shell.RolledOutServices;
import it.lombardia.irt.spi.content.TelemedicineService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Agendas: the caller's own and those open to them, a day or week of slots, opening slots (owner),
 * booking for a patient, cancelling with a reason.
 */
@Named
@ViewScoped
public class AgendaPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Agendas agendas;
  @Inject Encounters encounters;
  @Inject PatientRegistry registry;
  @Inject RolledOutServices rolledOut;
  @Inject Clock clock;

  private List<Agenda> visible = List.of();
  private Long agendaId;
  private LocalDate day;
  private boolean week = true;
  private List<SlotView> slots = List.of();
  private List<CalendarDay> calendar = List.of();
  private List<Patient> patients = List.of();

  private TelemedicineService newService = TelemedicineService.TELEVISIT;
  private String newTitle;
  private boolean openToPhysicians;

  private LocalDate openDay;
  private String openTime = "09:00";
  private int openCount = 4;
  private int openMinutes = 20;
  private Slot.Modality openModality = Slot.Modality.VIDEO;

  private final EncounterFields booking = new EncounterFields(true);
  private List<InPersonDiagnosis> diagnoses = List.of();
  private Map<Long, Long> encounterIds = new HashMap<>();
  private String reason;

  /** The free slot clicked in the calendar, and the patients found to book it for. */
  private SlotView chosen;

  private String patientQuery;
  private List<Patient> found = List.of();

  @PostConstruct
  void init() {
    day = LocalDate.now(clock);
    openDay = day.plusDays(1);
    PageActions.attempt(
        () -> {
          visible = agendas.visible();
          patients = registry.worklist();
        },
        null);
    if (!visible.isEmpty()) {
      agendaId = visible.get(0).getId();
    }
    refresh();
  }

  /** Deep link: {@code ?agenda=12&day=2026-12-01}. */
  public void setAgendaParam(Long agenda) {
    if (agenda != null) {
      agendaId = agenda;
    }
  }

  public Long getAgendaParam() {
    return agendaId;
  }

  public void setDayParam(String value) {
    if (value != null && !value.isBlank()) {
      try {
        day = LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        day = LocalDate.now(clock); // a bad link shows today
      }
    }
  }

  public String getDayParam() {
    return day.toString();
  }

  public void refresh() {
    LocalDate first = week ? day.with(DayOfWeek.MONDAY) : day;
    LocalDate last = week ? first.plusDays(6) : day;
    if (agendaId == null) {
      slots = List.of();
    } else {
      PageActions.attempt(
          () -> {
            slots = agendas.slots(agendaId, first, last);
            encounterIds =
                encounters.encounterIdsOnSlots(
                    slots.stream().filter(SlotView::detailed).map(SlotView::id).toList());
          },
          null);
    }
    calendar = CalendarDay.of(first, last, slots);
  }

  public void previous() {
    day = day.minusDays(week ? 7 : 1);
    refresh();
  }

  public void next() {
    day = day.plusDays(week ? 7 : 1);
    refresh();
  }

  public void createAgenda() {
    Agenda[] created = new Agenda[1];
    if (PageActions.attempt(
        () ->
            created[0] =
                agendas.create(
                    newService,
                    newTitle,
                    openToPhysicians ? EnumSet.of(Role.PHYSICIAN) : EnumSet.noneOf(Role.class)),
        "agendas.created")) {
      visible = agendas.visible();
      agendaId = created[0].getId();
      newTitle = null;
      refresh();
    }
  }

  public void openSlots() {
    if (PageActions.attempt(
        () ->
            agendas.openSlots(
                agendaId,
                openDay.atTime(LocalTime.parse(openTime)),
                openCount,
                openMinutes,
                openModality),
        "agendas.opened")) {
      day = openDay;
      refresh();
    }
  }

  /** Books the slot for an encounter of the agenda's service, with that service's details. */
  public void book(long slotId) {
    EncounterForm form = booking.toForm(null);
    if (PageActions.attempt(() -> encounters.book(slotId, form), "agendas.booked")) {
      booking.clearDetails();
      refresh();
    }
  }

  /** A free slot clicked in the calendar: the booking dialog opens for it, empty. */
  public void choose(long slotId) {
    chosen =
        slots.stream()
            .filter(s -> s.status() == SlotView.Availability.FREE && s.id() == slotId)
            .findFirst()
            .orElse(null);
    patientQuery = null;
    found = List.of();
    booking.setPatientId(null);
    booking.clearDetails();
    diagnoses = List.of();
  }

  /**
   * The patients the caller may open matching the dialog's query (the header's search), the first
   * chosen.
   */
  public void findPatients() {
    found = List.of();
    PageActions.attemptInline(() -> found = registry.search(patientQuery), null);
    booking.setPatientId(found.isEmpty() ? null : found.get(0).getId());
    patientChosen();
  }

  /** Books the slot chosen in the calendar; the dialog closes on success. */
  public void bookChosen() {
    if (chosen == null) {
      return;
    }
    EncounterForm form = booking.toForm(null);
    if (PageActions.attemptInline(() -> encounters.book(chosen.id(), form), null)) {
      FacesMessages.info("agendas.booked");
      booking.clearDetails();
      chosen = null;
      refresh();
      PrimeFaces.current().executeScript("PF('bookDialog').hide()");
    }
  }

  /** The chosen patient's in-person diagnoses, for a televisit to follow up. */
  public void patientChosen() {
    Long patientId = booking.getPatientId();
    booking.setDiagnosisId(null);
    diagnoses = List.of();
    if (patientId != null) {
      PageActions.attempt(() -> diagnoses = encounters.diagnoses(patientId), null);
      if (!diagnoses.isEmpty()) {
        booking.setDiagnosisId(diagnoses.get(0).getId());
      }
    }
  }

  public void cancel(long slotId) {
    if (PageActions.attempt(() -> encounters.cancelOnSlot(slotId, reason), "agendas.cancelled")) {
      refresh();
    }
  }

  /** The open encounter held on a booked slot whose booking the caller sees, if any. */
  public Long encounterOn(Long slotId) {
    return encounterIds.get(slotId);
  }

  public TelemedicineService getService() {
    Agenda agenda = selected();
    return agenda == null ? null : agenda.getService();
  }

  public boolean isOwner() {
    Agenda agenda = selected();
    return agenda != null && CurrentUser.is(agenda.getOwnerUsername());
  }

  public Agenda selected() {
    return visible.stream().filter(a -> a.getId().equals(agendaId)).findFirst().orElse(null);
  }

  public List<TelemedicineService> getScheduledServices() {
    return rolledOut.only(
        List.of(
            TelemedicineService.TELEVISIT,
            TelemedicineService.TELECONSULT,
            TelemedicineService.HEALTH_TELECONSULTANCY,
            TelemedicineService.TELEASSISTANCE,
            TelemedicineService.TELEREHABILITATION,
            TelemedicineService.TELECONTROL));
  }

  public List<Agenda> getVisible() {
    return visible;
  }

  public Long getAgendaId() {
    return agendaId;
  }

  public void setAgendaId(Long agendaId) {
    this.agendaId = agendaId;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day == null ? LocalDate.now(clock) : day;
  }

  public boolean isWeek() {
    return week;
  }

  public void setWeek(boolean week) {
    this.week = week;
  }

  public List<SlotView> getSlots() {
    return slots;
  }

  public List<CalendarDay> getCalendar() {
    return calendar;
  }

  public SlotView getChosen() {
    return chosen;
  }

  public String getPatientQuery() {
    return patientQuery;
  }

  public void setPatientQuery(String patientQuery) {
    this.patientQuery = patientQuery;
  }

  public List<Patient> getFound() {
    return found;
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public TelemedicineService getNewService() {
    return newService;
  }

  public void setNewService(TelemedicineService newService) {
    this.newService = newService;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public boolean isOpenToPhysicians() {
    return openToPhysicians;
  }

  public void setOpenToPhysicians(boolean openToPhysicians) {
    this.openToPhysicians = openToPhysicians;
  }

  public LocalDate getOpenDay() {
    return openDay;
  }

  public void setOpenDay(LocalDate openDay) {
    this.openDay = openDay;
  }

  public String getOpenTime() {
    return openTime;
  }

  public void setOpenTime(String openTime) {
    this.openTime = openTime;
  }

  public int getOpenCount() {
    return openCount;
  }

  public void setOpenCount(int openCount) {
    this.openCount = openCount;
  }

  public int getOpenMinutes() {
    return openMinutes;
  }

  public void setOpenMinutes(int openMinutes) {
    this.openMinutes = openMinutes;
  }

  public Slot.Modality getOpenModality() {
    return openModality;
  }

  public void setOpenModality(Slot.Modality openModality) {
    this.openModality = openModality;
  }

  public EncounterFields getBooking() {
    return booking;
  }

  public List<InPersonDiagnosis> getDiagnoses() {
    return diagnoses;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

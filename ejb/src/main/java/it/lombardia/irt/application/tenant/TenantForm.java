package it.lombardia.irt.application.tenant;

import it.lombardia.irt.domain.model.tenant.Tenant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Region administrator enters to create or edit a tenant (also the JSON body of the API).
 */
public class TenantForm {

  @NotNull
  @Pattern(regexp = Tenant.CODE_PATTERN, message = "{irt.tenant.code.pattern}")
  @Size(max = 40)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank private String ats;

  private Map<String, String> settings = new TreeMap<>();

  public static TenantForm of(Tenant tenant) {
    TenantForm form = new TenantForm();
    form.code = tenant.getCode();
    form.name = tenant.getName();
    form.ats = tenant.getAts().name();
    form.settings = new TreeMap<>(tenant.getSettings());
    return form;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAts() {
    return ats;
  }

  public void setAts(String ats) {
    this.ats = ats;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public void setSettings(Map<String, String> settings) {
    this.settings = settings == null ? new TreeMap<>() : new TreeMap<>(settings);
  }
}

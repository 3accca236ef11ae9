package it.lombardia.irt.application.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/** What a tenant administrator enters to create a user (also the JSON body of the API). */
public class NewUserForm {

  @NotNull
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,79}", message = "{irt.user.username.pattern}")
  private String username;

  @NotBlank
  @Size(max = 200)
  private String fullName;

  @Email
  @Size(max = 200)
  private String email;

  @NotNull private String password;

  @NotNull
  @Size(min = 1, message = "{irt.user.roles.required}")
  private Set<String> roles = new LinkedHashSet<>();

  private String specialty;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null || email.isBlank() ? null : email.trim();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Set<String> getRoles() {
    return roles;
  }

  public void setRoles(Set<String> roles) {
    this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
  }

  public String getSpecialty() {
    return specialty;
  }

  public void setSpecialty(String specialty) {
    this.specialty = specialty == null || specialty.isBlank() ? null : specialty;
  }
}

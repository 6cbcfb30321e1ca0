package com.caringmedical.clinic.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/**
 * Someone on the clinic's staff who signs in; quarkus-security-jpa reads it to authenticate HTTP Basic, and
 * {@link SignInGuard} refuses it while it is disabled or locked.
 */
@Entity
@Table(name = "staff_account")
@UserDefinition
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Username
    private String username;

    /** bcrypt, Modular Crypt Format. */
    @Password
    @Column(name = "password_hash")
    private String passwordHash;

    /** Comma-separated {@link StaffRole} names. */
    @Roles
    private String roles;

    private boolean enabled;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** When the latest attempt counted in {@link #failedSignIns} began. */
    @Column(name = "sign_in_counted_at")
    private Instant signInCountedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String password, List<String> roles, Instant now) {
        this.username = username;
        this.passwordHash = BcryptUtil.bcryptHash(password);
        this.roles = String.join(",", roles);
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether sign-ins are refused at {@code now}, whatever the password. */
    boolean isRefusingSignIns(Instant now) {
        return !enabled || lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a sign-in attempt before its password is checked, so that however many arrive at once, at most
     * {@code lockAfter} are ever checked before a success clears the count. Once no attempt has been counted for
     * {@code forgetFailuresAfter} the count starts again (with the defaults, when a lock runs out). Returns false,
     * counting nothing, when the account refuses sign-ins now or its count is full.
     */
    boolean countSignIn(StaffConfig.SignIn rules, Instant now) {
        if (isRefusingSignIns(now)) {
            return false;
        }
        if (signInCountedAt != null && !signInCountedAt.plus(rules.forgetFailuresAfter()).isAfter(now)) {
            failedSignIns = 0;
        }
        if (failedSignIns >= rules.lockAfter()) {
            return false;
        }
        failedSignIns++;
        signInCountedAt = now;
        return true;
    }

    /**
     * After a counted attempt turned out to be a wrong password: from the {@code slowDownAfter}th in a row the
     * account refuses sign-ins for a doubling pause, capped at {@code maxPause}; from the {@code lockAfter}th it
     * is locked for {@code lockFor}.
     */
    void signInFailed(StaffConfig.SignIn rules, Instant now) {
        if (failedSignIns >= rules.lockAfter()) {
            lockedUntil = now.plus(rules.lockFor());
        } else if (failedSignIns >= rules.slowDownAfter()) {
            int doublings = Math.min(failedSignIns - rules.slowDownAfter(), 20);
            Duration pause = rules.firstPause().multipliedBy(1L << doublings);
            lockedUntil = now.plus(pause.compareTo(rules.maxPause()) > 0 ? rules.maxPause() : pause);
        }
    }

    void changePassword(String password, Instant now) {
        passwordHash = BcryptUtil.bcryptHash(password);
        unlock();
        updatedAt = now;
    }

    void changeRoles(List<String> newRoles, Instant now) {
        roles = String.join(",", newRoles);
        updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        if (enabled) {
            unlock();
        }
        updatedAt = now;
    }

    private void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    String username() {
        return username;
    }

    List<String> roles() {
        return Arrays.asList(roles.split(","));
    }

    boolean hasRole(String role) {
        return roles().contains(role);
    }

    boolean enabled() {
        return enabled;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}

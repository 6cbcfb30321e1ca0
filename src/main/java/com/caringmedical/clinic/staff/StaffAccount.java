package com.caringmedical.clinic.staff;

import java.time.Instant;

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

/** Someone on the clinic's staff who signs in; quarkus-security-jpa reads it to authenticate HTTP Basic. */
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

    @Column(name = "created_at")
    private Instant createdAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String password, String roles, Instant now) {
        this.username = username;
        this.passwordHash = BcryptUtil.bcryptHash(password);
        this.roles = roles;
        this.createdAt = now;
    }
}

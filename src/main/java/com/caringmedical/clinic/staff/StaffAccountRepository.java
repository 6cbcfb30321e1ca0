package com.caringmedical.clinic.staff;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class StaffAccountRepository implements PanacheRepository<StaffAccount> {

    Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The account, locked for this transaction, so that concurrent changes to it queue up. */
    Optional<StaffAccount> findByUsernameForUpdate(String username) {
        return find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Enabled accounts with the admin role other than this one. */
    long countOtherActiveAdmins(String username) {
        return count("enabled = true and username <> ?1 and (roles = 'admin' or roles like 'admin,%' "
                + "or roles like '%,admin' or roles like '%,admin,%')", username);
    }

    /** After a successful sign-in: a failure count from earlier attempts no longer counts. */
    int clearFailures(String username) {
        return update("failedSignIns = 0, lockedUntil = null where username = ?1 and failedSignIns > 0", username);
    }
}

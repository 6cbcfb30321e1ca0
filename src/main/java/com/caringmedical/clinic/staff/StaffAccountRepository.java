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

    /**
     * Enabled accounts with the admin role other than this one, locked until the caller's transaction ends: two
     * admins who disable each other at the same moment are taken one after the other, and the second is refused.
     */
    @SuppressWarnings("unchecked")
    long countOtherActiveAdmins(String username) {
        return getEntityManager().createNativeQuery("""
                select username from staff_account
                 where enabled and username <> :username and 'admin' = any (string_to_array(roles, ','))
                 for update""")
                .setParameter("username", username)
                .getResultList().size();
    }

    /** After a successful sign-in: a failure count from earlier attempts no longer counts. */
    int clearFailures(String username) {
        return update("failedSignIns = 0, lockedUntil = null where username = ?1 and failedSignIns > 0", username);
    }

    /**
     * Holds, until the transaction ends, the lock that first-start account creation takes, so that instances
     * starting together on an empty database create the first accounts once.
     */
    void lockFirstAccounts() {
        getEntityManager().createNativeQuery(
                "select 1 from (select pg_advisory_xact_lock(hashtext('clinic.first-accounts'))) as locked")
                .getSingleResult();
    }
}

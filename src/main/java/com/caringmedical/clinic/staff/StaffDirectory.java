package com.caringmedical.clinic.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What other features may ask about staff accounts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Whether this username belongs to an enabled account that may review questions. */
    public boolean isActiveWithRole(String username, String role) {
        return accounts.findByUsername(username).filter(account -> account.enabled() && account.hasRole(role))
                .isPresent();
    }
}

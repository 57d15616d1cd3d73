package org.rehabrx.core.account;

/** What an account may do; one role per account, so a person who is both admin and clinician has two accounts. */
public enum Role {
    ADMIN,
    CLINICIAN,
    PATIENT
}

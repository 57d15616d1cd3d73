package org.rehabrx.core.patient;

import java.util.regex.Pattern;

import org.rehabrx.core.shared.Text;

/** How to reach the patient; every part is optional and empty when unknown. */
public record ContactDetails(String phone, String email) {

    public static final ContactDetails NONE = new ContactDetails("", "");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()/.-]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactDetails {
        phone = Text.optional(phone, "the phone number", 32);
        email = Text.optional(email, "the e-mail address", 254);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("A phone number has at least 5 characters and uses digits, spaces and + ( ) / . - only.");
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Enter an e-mail address like name@example.org.");
        }
    }
}

package org.rehabrx.web.library;

import org.rehabrx.core.access.LibraryVisibility;
import org.rehabrx.core.account.Role;
import org.rehabrx.core.exercise.ExerciseId;
import org.rehabrx.web.security.SignedInAccount;
import org.springframework.stereotype.Component;

/**
 * The object-level rule of the exercise library, named {@code library} for method security:
 * {@code @library.contains(#id)}. Another clinician's own exercise is refused exactly like one that does not
 * exist, without reading it.
 */
@Component("library")
public class LibraryAccess {

    private final LibraryVisibility visibility;
    private final SignedInAccount signedIn;

    LibraryAccess(LibraryVisibility visibility, SignedInAccount signedIn) {
        this.visibility = visibility;
        this.signedIn = signedIn;
    }

    /** The exercise is shipped or the signed-in clinician's own. */
    public boolean contains(ExerciseId exercise) {
        return signedIn.get()
                .filter(account -> account.role() == Role.CLINICIAN && !account.passwordChangeRequired())
                .filter(account -> visibility.isInLibraryOf(account.accountId(), exercise))
                .isPresent();
    }
}

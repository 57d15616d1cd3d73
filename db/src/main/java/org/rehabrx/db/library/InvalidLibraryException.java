package org.rehabrx.db.library;

/**
 * A shipped library file that cannot become domain content. The message names the file, the key of the
 * entry and the field at fault, followed by the domain's own explanation.
 */
public final class InvalidLibraryException extends IllegalArgumentException {

    InvalidLibraryException(String source, String where, String problem) {
        super(source + ", " + where + ": " + problem);
    }

    InvalidLibraryException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}

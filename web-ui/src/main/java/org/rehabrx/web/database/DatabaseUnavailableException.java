package org.rehabrx.web.database;

/** No usable PostgreSQL; turned into a short start-up report by {@link DatabaseUnavailableFailureAnalyzer}. */
public final class DatabaseUnavailableException extends RuntimeException {

    private final String url;
    private final String username;
    private final String reason;

    DatabaseUnavailableException(String url, String username, String reason) {
        super("PostgreSQL at " + url + " (user '" + username + "') is not usable: " + reason);
        this.url = url;
        this.username = username;
        this.reason = reason;
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }

    String reason() {
        return reason;
    }
}

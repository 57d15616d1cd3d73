package org.rehabrx.web.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The link an account's owner opens to activate it. The code travels in the URL's fragment (after {@code #}),
 * which browsers never send to a server: it stays out of proxy and access logs and out of Referer headers.
 * The clinic's address comes from {@code rehabrx.public-url} (set it behind a reverse proxy), or else from
 * the request the admin made.
 */
@Component
public class ActivationLinks {

    public static final String ROUTE = "activate";

    private final String publicUrl;

    ActivationLinks(@Value("${rehabrx.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.strip();
    }

    public String linkFor(IssuedActivation activation) {
        return base() + "/" + ROUTE + "#" + activation.code();
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        var current = VaadinServletRequest.getCurrent();
        if (current == null) {
            throw new IllegalStateException("Set rehabrx.public-url: there is no request to take the address from");
        }
        var request = current.getHttpServletRequest();
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }
}

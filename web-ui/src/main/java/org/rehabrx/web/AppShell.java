package org.rehabrx.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings. Styles come as plain stylesheets so that the pre-built frontend bundle suffices. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@StyleSheet("styles/patient.css")
@StyleSheet("styles/programme.css")
@StyleSheet("styles/library.css")
@StyleSheet("styles/progression.css")
@StyleSheet("styles/dosage.css")
@StyleSheet("styles/treatment.css")
@StyleSheet("styles/account.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("RehabRx");
    }
}

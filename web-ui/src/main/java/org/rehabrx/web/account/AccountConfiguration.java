package org.rehabrx.web.account;

import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Activations;
import org.rehabrx.db.account.JdbcAccounts;
import org.rehabrx.db.account.JdbcActivations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    Accounts accounts(JdbcClient jdbc) {
        return new JdbcAccounts(jdbc);
    }

    @Bean
    Activations activations(JdbcClient jdbc) {
        return new JdbcActivations(jdbc);
    }
}

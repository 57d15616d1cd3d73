package org.rehabrx.web.security;

import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Username name;
        try {
            name = new Username(username);
        } catch (IllegalArgumentException notAUsername) {
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findByUsername(name)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

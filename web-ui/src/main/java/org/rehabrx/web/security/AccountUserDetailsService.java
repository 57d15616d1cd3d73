package org.rehabrx.web.security;

import org.rehabrx.core.account.Accounts;
import org.rehabrx.core.account.Username;
import org.rehabrx.core.secondfactor.SecondFactors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final SecondFactors secondFactors;

    AccountUserDetailsService(Accounts accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
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
                .map(account -> new AccountPrincipal(account, secondFactors.isEnrolled(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

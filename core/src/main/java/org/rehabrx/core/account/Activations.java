package org.rehabrx.core.account;

import java.util.Optional;

import org.rehabrx.core.shared.ConcurrentChangeException;

/** Every activation ever issued, used or not. */
public interface Activations {

    /**
     * Stores a newly issued activation and, in the same step, voids every earlier activation of the same
     * account that was neither used nor voided yet, so that only the newest code works.
     *
     * @return the activation as stored, carrying its version
     */
    Activation add(Activation issued);

    Optional<Activation> findByCode(ActivationCodeHash codeHash);

    /**
     * Stores the next state of an activation (it was used).
     *
     * @throws ConcurrentChangeException when it changed since it was read, for example the same code was
     *         used at the same moment in another request
     */
    Activation save(Activation activation);
}

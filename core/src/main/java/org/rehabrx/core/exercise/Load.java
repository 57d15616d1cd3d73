package org.rehabrx.core.exercise;

import java.math.BigDecimal;
import java.util.Objects;

/** External load or resistance, such as a weight held or worn. */
public record Load(BigDecimal amount, LoadUnit unit) {

    private static final BigDecimal MAXIMUM = BigDecimal.valueOf(200);

    public Load {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0 || amount.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("A load is more than 0 and at most " + MAXIMUM + " " + unit.symbol() + ".");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (amount.scale() > 1) {
            throw new IllegalArgumentException("Give the load to at most one decimal place.");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.symbol();
    }
}

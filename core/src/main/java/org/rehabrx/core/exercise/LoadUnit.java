package org.rehabrx.core.exercise;

public enum LoadUnit {
    KG("kg"),
    LB("lb");

    private final String symbol;

    LoadUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}

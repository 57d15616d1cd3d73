package org.rehabrx.web.sessionlog.ui;

import org.jspecify.annotations.Nullable;
import org.rehabrx.core.shared.PainScore;
import org.rehabrx.web.shared.DomainMessages;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/** A typed number to the domain's pain score; the domain's own message explains a refused value. */
final class PainScoreConverter implements Converter<@Nullable Integer, @Nullable PainScore> {

    @Override
    public Result<@Nullable PainScore> convertToModel(@Nullable Integer value, ValueContext context) {
        if (value == null) {
            return Result.ok(null);
        }
        try {
            return Result.ok(new PainScore(value));
        } catch (IllegalArgumentException refused) {
            return Result.error(DomainMessages.translate(refused.getMessage()));
        }
    }

    @Override
    public @Nullable Integer convertToPresentation(@Nullable PainScore value, ValueContext context) {
        return value == null ? null : value.value();
    }
}

package org.putright.complaints.web;

import java.util.List;
import java.util.function.Function;

/** The parts of a financial remedy as the Ombudsman's remedies guidance sets them out (7.4), as form fields. */
public record AmountField(String key, String property, String label, Function<ActionForm.RemedyRow, String> value) {

    static final List<AmountField> ALL = List.of(
            new AmountField("statutory", "statutory", "Statutory payment", r -> r.statutory),
            new AmountField("loss", "quantifiableLoss", "Quantifiable loss", r -> r.quantifiableLoss),
            new AmountField("time", "timeAndTrouble", "Time and trouble", r -> r.timeAndTrouble),
            new AmountField("distress", "distressAndInconvenience", "Distress and inconvenience", r -> r.distressAndInconvenience));

    public String valueOf(ActionForm.RemedyRow row) {
        return value.apply(row);
    }
}

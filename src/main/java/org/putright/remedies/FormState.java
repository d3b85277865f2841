package org.putright.remedies;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a page form was given and what was wrong with it, so the page can show both again (GOV.UK error pattern). */
public class FormState {

    private final Map<String, String> values;
    private final Map<String, Object> dates = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormState(Map<String, String> values) {
        this.values = values == null ? Map.of() : values;
    }

    static FormState empty() {
        return new FormState(Map.of());
    }

    public String value(String name) {
        return values.get(name);
    }

    public Object date(String name) {
        return dates.computeIfAbsent(name, n -> DateFields.from(values, n));
    }

    /** Field id to message, in the order found: the error summary's links. */
    public Map<String, String> errors() {
        return errors;
    }

    public String error(String fieldId) {
        return errors.get(fieldId);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String fieldId, String message) {
        errors.putIfAbsent(fieldId, message);
    }
}

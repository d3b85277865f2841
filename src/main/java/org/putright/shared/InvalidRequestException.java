package org.putright.shared;

/** Input that is well-formed but cannot be accepted (unknown handler, a date before receipt, ...). Answered as 422. */
public class InvalidRequestException extends RuntimeException {

    private final String field;
    private final Object rejectedValue;

    public InvalidRequestException(String field, Object rejectedValue, String message) {
        super(message);
        this.field = field;
        this.rejectedValue = rejectedValue;
    }

    public String field() {
        return field;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }
}

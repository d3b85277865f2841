package org.putright.complaints;

public enum Decision {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD
}

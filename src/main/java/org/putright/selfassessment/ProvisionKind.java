package org.putright.selfassessment;

/** Whether a provision of the Code is mandatory ("must") or best practice ("should"). */
public enum ProvisionKind {
    MUST, SHOULD
}

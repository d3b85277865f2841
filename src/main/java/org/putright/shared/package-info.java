/**
 * The shared kernel: what every module may use (the Code-rule exception type, problem+json handling, the clock).
 * Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.putright.shared;

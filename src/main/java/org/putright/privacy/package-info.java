/**
 * Privacy: the resident's right of access (UK GDPR Art. 15) — everything held about them, as JSON and as a readable
 * PDF, from the residents, complaints and correspondence modules' public APIs. Disclosed disabilities are left out
 * unless a lawful reason is recorded; every export is appended to the resident's audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.putright.privacy;
